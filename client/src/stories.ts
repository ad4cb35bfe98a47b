// Which documents are stories: a file or an untitled document (the sample, a story not saved yet) whose name the one
// rule for every side accepts (`isStoryPath` in the core's story-files.ts, which the server and the CLI use too).
import type * as vscode from 'vscode';
import { isStoryPath } from '../../server/src/core/story-files';

export { STORY_GLOB, WATCHED_GLOB } from '../../server/src/core/story-files';

export const isStory = (doc: Pick<vscode.TextDocument, 'uri'>) => isUserDocument(doc) && isStoryPath(doc.uri.path);

/** An editor for a file of the user's, as opposed to the Output panel or a diff's other side (those keep the last story). */
export const isUserDocument = (doc: Pick<vscode.TextDocument, 'uri'>) => doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled';
