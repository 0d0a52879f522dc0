/** `.` and `..` segments, backslashes and control characters: what a file-system store could turn into another path. */
const UNSAFE_KEY = /(?:^|\/)\.{1,2}(?:\/|$)|[\\\u0000-\u001f\u007f]/;

export const isSafeKey = (key: string) => !UNSAFE_KEY.test(key);
