export { checkSheets, HEAD_ROWS } from './checkSheets';
export { Collector } from './collector';
export type { Collected, RosterSnapshot } from './collected';
export { discoverSheet, discoverWorkbook, reviewDiscovery, type Discovery } from './discover';
export { evaluate } from './evaluate';
export { neededColumns } from './neededColumns';
