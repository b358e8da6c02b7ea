/** Which file extension a workbook's content needs when written. */
import { WorkbookFormat } from "./read-workbook";

/**
 * The extension the output must have: an .xlsm stays .xlsm (Excel refuses macro content under
 * another name, and the reverse); an .xls or .et is written as .xlsx.
 * @example outputExtension("xlsm") // => ".xlsm"
 * @example outputExtension("et") // => ".xlsx"
 */
export function outputExtension(format: WorkbookFormat): ".xlsx" | ".xlsm" {
  return format === "xlsm" ? ".xlsm" : ".xlsx";
}
