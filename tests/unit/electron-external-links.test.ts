import { describe, expect, it } from 'vitest';
import { confirmAndOpenExternal, externalLinkPrompt } from '../../electron/main/external-links';

function recorder(answer: number) {
  const asked: string[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    ask: async (options: { detail?: string }) => {
      asked.push(options.detail ?? '');
      return { response: answer };
    },
    open: async (url: string) => {
      opened.push(url);
    },
  };
}

describe('links to the outside world', () => {
  it('opens an https link only after the person confirms', async () => {
    const yes = recorder(0);
    expect(await confirmAndOpenExternal('https://www.nato.int/', 'nl', yes.ask, yes.open)).toBe(true);
    expect(yes.opened).toEqual(['https://www.nato.int/']);
    const no = recorder(1);
    expect(await confirmAndOpenExternal('mailto:dvb@mindef.nl', 'en', no.ask, no.open)).toBe(false);
    expect(no.asked).toEqual(['mailto:dvb@mindef.nl']);
    expect(no.opened).toEqual([]);
  });

  it('refuses other schemes without even asking', async () => {
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x']) {
      const yes = recorder(0);
      expect(await confirmAndOpenExternal(url, 'nl', yes.ask, yes.open)).toBe(false);
      expect(yes.asked).toEqual([]);
    }
  });

  it('asks in Dutch and English, with Cancel as the default', () => {
    expect(externalLinkPrompt('https://x.nl', 'nl')).toMatchObject({ buttons: ['Openen', 'Annuleren'], defaultId: 1, cancelId: 1, detail: 'https://x.nl' });
    expect(externalLinkPrompt('https://x.nl', 'en').message).toBe('Open this link outside Briefing Composer?');
  });
});
