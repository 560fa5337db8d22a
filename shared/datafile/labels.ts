import { tableDescriptors, tableNames, type TableName } from './tables'

/** Each table's name for the office (restore summary), from its descriptor. */
export const tableLabel = Object.fromEntries(tableNames.map((n) => [n, tableDescriptors[n].label])) as Record<TableName, string>
