// pdf.js ships no types for its worker module; host/pdf-text.ts only passes it on.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
