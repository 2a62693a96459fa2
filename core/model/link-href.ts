/**
 * What a safe link address is, decided here once: inserting a link, opening
 * a pack and writing a DOCX or PDF all ask this module. Only http, https and
 * mailto; no user name or password in the address (a document is handed on,
 * and "https://user:pw@host" both leaks them and disguises the host); no
 * mailto that asks the mail program to attach a file (attach=, attachment=).
 */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** Why an address is refused. */
export type LinkRefusal = 'malformed' | 'scheme' | 'credentials' | 'attachment';

// Mail programs that honour attach= read a local path or URL and send that file along.
const ATTACHMENT_PARAMETERS = new Set(['attach', 'attachment', 'attachments']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Why the address may not be a link, or null when it may. */
export function linkRefusal(url: string): LinkRefusal | null {
  const parsed = parse(url);
  if (!parsed) return 'malformed';
  if (!(LINK_PROTOCOLS as readonly string[]).includes(parsed.protocol)) return 'scheme';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials';
  if (parsed.protocol === 'mailto:') {
    // The parameter names decoded, so %61ttach and ATTACH are caught as well.
    for (const name of new URLSearchParams(parsed.search).keys()) {
      if (ATTACHMENT_PARAMETERS.has(name.trim().toLowerCase())) return 'attachment';
    }
  }
  return null;
}

/** Refused for what the address carries rather than for its kind: such a link is opened as its text. */
export function isDroppedOnLoad(refusal: LinkRefusal | null): boolean {
  return refusal === 'credentials' || refusal === 'attachment';
}

/** A domain in the ASCII form the network uses (xn-- for international names); null if it is no domain. */
function asciiDomain(domain: string): string | null {
  const parsed = parse(`http://${domain}/`);
  return parsed && parsed.username === '' && parsed.port === '' ? parsed.hostname : null;
}

/**
 * The address as an export writes it, or null for one that may not be a
 * link. Hosts are in their ASCII form, so a reader that shows where a link
 * goes shows xn--… for a name in another script, never a look-alike.
 */
export function safeLinkHref(url: string): string | null {
  if (linkRefusal(url) !== null) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'mailto:') return parsed.href;
  const addresses = parsed.pathname.split(',').map((address) => {
    const at = address.lastIndexOf('@');
    if (at < 0) return address;
    let domain: string;
    try {
      domain = decodeURIComponent(address.slice(at + 1));
    } catch {
      return address;
    }
    return `${address.slice(0, at + 1)}${asciiDomain(domain) ?? address.slice(at + 1)}`;
  });
  return `mailto:${addresses.join(',')}${parsed.search}${parsed.hash}`;
}

/** The host as typed, in Unicode: the URL parser gives only the ASCII form. */
function typedHost(url: string): string | null {
  const mail = /^mailto:([^?#]*)/i.exec(url);
  if (mail) {
    const first = mail[1]!.split(',')[0]!;
    const at = first.lastIndexOf('@');
    return at < 0 ? null : first.slice(at + 1);
  }
  const web = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
  if (!web) return null;
  const authority = web[1]!;
  return authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
}

/**
 * Where a link goes, for a person to check: the host, and for a name
 * outside ASCII also its xn-- form, "bücher.example (xn--bcher-kva.example)",
 * so a look-alike in another script shows itself. Null when there is no host.
 */
export function linkHostForDisplay(url: string): string | null {
  const typed = typedHost(url);
  if (!typed) return null;
  let unicode: string;
  try {
    unicode = decodeURIComponent(typed).normalize('NFC').toLowerCase();
  } catch {
    unicode = typed.toLowerCase();
  }
  const ascii = asciiDomain(unicode);
  if (!ascii) return null;
  return ascii === unicode ? ascii : `${unicode} (${ascii})`;
}
