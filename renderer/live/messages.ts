/** The words of live co-editing (setting, status, presence), in Dutch and English. */
import type { Language } from '../../core/i18n/language';
import type { LiveStatus } from './live-link';

export interface LiveMessages {
  button: string;
  title: string;
  intro: string;
  server: string;
  name: string;
  connect: string;
  disconnect: string;
  cancel: string;
  reloads: string;
  status: Record<LiveStatus, (server: string) => string>;
  /** Who else is in the pack, and in which item. */
  presence: (entries: readonly { name: string; item: string | null }[]) => string;
  nobody: string;
}

const CATALOG: Readonly<Record<Language, LiveMessages>> = {
  nl: {
    button: 'Live samenwerken…',
    title: 'Live samenwerken',
    intro: 'Verbind dit pakket met de Yjs-server van uw team; wie hetzelfde pakket open heeft, ziet elkaars wijzigingen meteen. Zonder server blijft de app volledig offline.',
    server: 'Server (ws://naam:poort)',
    name: 'Uw naam (voor de anderen)',
    connect: 'Verbinden',
    disconnect: 'Live uitzetten',
    cancel: 'Annuleren',
    reloads: 'De app laadt daarna opnieuw, zodat ze alleen met deze server verbinding mag maken.',
    status: {
      connecting: (server) => `Live: verbinden met ${server}…`,
      connected: (server) => `Live: verbonden met ${server}`,
      disconnected: (server) => `Live: geen verbinding met ${server}; uw wijzigingen gaan mee zodra die terug is`,
    },
    presence: (entries) => `Ook in dit pakket: ${entries.map((e) => (e.item ? `${e.name} (${e.item})` : e.name)).join(', ')}`,
    nobody: 'Nog niemand anders in dit pakket',
  },
  en: {
    button: 'Live co-editing…',
    title: 'Live co-editing',
    intro: "Connect this pack to your team's Yjs server; everyone who has the same pack open sees each other's changes at once. Without a server the app stays fully offline.",
    server: 'Server (ws://name:port)',
    name: 'Your name (for the others)',
    connect: 'Connect',
    disconnect: 'Turn live off',
    cancel: 'Cancel',
    reloads: 'The app then loads again, so that it may connect to this server only.',
    status: {
      connecting: (server) => `Live: connecting to ${server}…`,
      connected: (server) => `Live: connected to ${server}`,
      disconnected: (server) => `Live: not connected to ${server}; your changes follow when the connection is back`,
    },
    presence: (entries) => `Also in this pack: ${entries.map((e) => (e.item ? `${e.name} (${e.item})` : e.name)).join(', ')}`,
    nobody: 'Nobody else in this pack yet',
  },
};

export function liveMessages(language: Language): LiveMessages {
  return CATALOG[language];
}
