/** The API's largest page (MAX_PAGE_SIZE of the list routes). */
export const MAX_PAGE = 200;
