/**
 * Where the guides are read: the repository's `docs/`, since the package ships only README.md. Messages
 * that point at a guide use these addresses, never a path the installed package lacks.
 */
export const REPOSITORY_URL = 'https://github.com/housing-complaints/housing-complaints';

/** The address of a guide: `guideUrl('calendar')` is `https://github.com/housing-complaints/housing-complaints/blob/main/docs/calendar.md`. */
export function guideUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/${name}.md`;
}
