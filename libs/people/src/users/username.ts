/** Letters, digits and . _ - ; stored lower-case. Shared by the API's DTO and the CLI's `create-admin`. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;
export const USERNAME_RULE = 'username: 3–64 个字母、数字或 . _ -';
