/** Edit > Undo and Redo of the desktop app's menu reach the document history as this window event (detail: 'undo' or 'redo'). */
export const HISTORY_COMMAND_EVENT = 'briefing:history';
