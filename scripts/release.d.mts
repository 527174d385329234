export declare function notesOf(changelog: string, version: string): string | undefined
export declare function dateUnreleased(changelog: string, version: string, date: string): string | undefined
