/// <reference types="vite/client" />
import type { BriefingApi } from '../core/contract';

declare global {
  interface Window {
    /** Defined by the Electron preload; absent in a plain browser, where browser mode fills in. */
    briefing?: BriefingApi;
  }
}
