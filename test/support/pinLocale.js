// The CLI follows LC_ALL / LC_MESSAGES / LANG when --lang is absent. Tests that expect its default
// (Chinese) output must not depend on the developer's shell, so every jest worker (and the CLI
// processes it spawns, which inherit this environment) runs under a neutral locale.
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
process.env.LANG = 'C.UTF-8';
