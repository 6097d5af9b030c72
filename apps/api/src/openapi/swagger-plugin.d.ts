// @nestjs/swagger exports its plugin as `@nestjs/swagger/plugin` (package "exports"), its types sit under
// dist/, which the repository's node10 module resolution does not map; this points one to the other.
declare module '@nestjs/swagger/plugin' {
  export * from '@nestjs/swagger/dist/plugin';
}
