// Which documents are stories: a `.star.md` file, or an untitled one named so (the sample, a story not saved yet).
import * as vscode from 'vscode';

export const STORY_GLOB = '**/*.star.md';

export const isStory = (doc: vscode.TextDocument) => (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && /\.star\.md$/i.test(doc.uri.path);

/** An editor for a file of the user's, as opposed to the Output panel or a diff's other side (those keep the last story). */
export const isUserDocument = (doc: vscode.TextDocument) => doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled';
