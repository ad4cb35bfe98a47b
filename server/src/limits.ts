// How much of a workspace Star Coach reads, in one place for the language server and the CLI. Imports nothing.

/** A workspace search stops at this many stories (the rest are still coached when opened or named). */
export const MAX_WORKSPACE_STORIES = 5000;

/** Folders nested deeper than this below the folder searched are not read (the folder itself is depth 0). */
export const MAX_FOLDER_DEPTH = 20;
