/** The templates the app knows (built-in and user), for the template choice and for placing sections. */
import { createContext, useContext } from 'react';
import type { Template } from '../../core/template/schema';

export const TemplatesContext = createContext<readonly Template[]>([]);

export function useTemplates(): readonly Template[] {
  return useContext(TemplatesContext);
}
