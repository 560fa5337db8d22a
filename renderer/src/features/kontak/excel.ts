import type { Workbook } from 'exceljs'

type ExcelModule = { Workbook: new () => Workbook }

/**
 * exceljs is large, so it is loaded only when a file is imported or exported. In the browser
 * build Vite picks exceljs's own browser bundle (package.json "browser" field), a UMD file whose
 * exports arrive as the default export.
 */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as unknown as ExcelModule & { default?: ExcelModule }
  return mod.default?.Workbook ? mod.default : mod
}
