/** The hyphen package ships no types; these are the two entry points the PDF exporter uses. */
declare module 'hyphen/nl' {
  const hyphenator: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphenator;
}

declare module 'hyphen/en-gb' {
  const hyphenator: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphenator;
}
