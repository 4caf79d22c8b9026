export { processBytes, processFile, reportId } from './lib/process-file.ts';
export { CELLS_HEADER, TABLES_HEADER, cellRecords, tableRecords, type CellRecord, type TableRecord } from './lib/flatten.ts';
export { csvLine } from './lib/csv.ts';
export { runExtract, type ExtractOptions } from './lib/run-extract.ts';
