/**
 * The XLSX parcel list (server/reports/xlsx.ts, written with exceljs), read back with a second reader,
 * read-excel-file: sheets, headers, values, dates and the neutralised enterprise name are what Excel or WPS
 * would show. Only the sheet layout (frozen header, autofilter, number formats), which read-excel-file does
 * not read, is checked with exceljs.
 */
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parcelListXlsx } from '../../../../server/reports/xlsx.ts';
import { listModel, projects, rows } from './fixture-models.ts';

describe('XLSX parcel list', async () => {
  const bytes = await parcelListXlsx(listModel);
  const sheets = await readXlsxFile(bytes);
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
  const parcels = sheet('地块');
  const projectSheet = sheet('项目');
  const col = (data: typeof parcels, name: string) => data[0]!.indexOf(name);

  it('has the 地块 and 项目 sheets with Chinese headers and one row per parcel', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['地块', '项目']);
    expect(parcels[0]!.slice(0, 2)).toEqual(['地块编号', '所属平台']);
    expect(parcels[0]).toEqual(expect.arrayContaining(['面积（㎡）', '面积（亩）', '供地状态', '企业']));
    expect(parcels).toHaveLength(1 + rows.length);
  });

  it('holds the same values as the model: codes, areas as numbers, labels in Chinese, dates as dates', () => {
    rows.forEach((r, i) => {
      const row = parcels[i + 1]!;
      expect(row[col(parcels, '地块编号')]).toBe(r.parcel.code);
      expect(row[col(parcels, '面积（㎡）')]).toBeCloseTo(r.parcel.areaM2, 6);
      expect(row[col(parcels, '面积（亩）')]).toBeCloseTo(r.parcel.areaMu, 6);
    });
    const r2 = parcels[3]!;
    expect(r2[col(parcels, '地块编号')]).toBe('ZK357-002');
    expect(r2[col(parcels, '供地状态')]).toBe('已出让');
    expect(r2[col(parcels, '出让价款（万元）')]).toBe(4200);
    const start = r2[col(parcels, '约定开工日期')];
    expect(start).toBeInstanceOf(Date);
    expect((start as unknown as Date).toISOString().slice(0, 10)).toBe('2017-03-31');
  });

  it('shows the enterprise name that starts with = exactly as written (no apostrophe), as text', () => {
    expect(projectSheet).toHaveLength(1 + projects.length);
    const names = projectSheet.slice(1).map((r) => r[col(projectSheet, '企业')]);
    expect(projects[1]!.enterprise.startsWith('=')).toBe(true);
    expect(names).toEqual(['深圳佰维存储科技股份有限公司', projects[1]!.enterprise]);
    expect(projectSheet[1]![col(projectSheet, '地块编号')]).toBe('ZK357-002');
    expect(projectSheet[1]![col(projectSheet, '计划投资（万元）')]).toBe(100000);
  });

  it('freezes the header row, filters and formats areas as ㎡ and 亩 (layout, read with exceljs)', async () => {
    const wb = new ExcelJS.Workbook();
    // exceljs types predate Node 20's generic Buffer; the bytes are what matter.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('地块')!;
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getRow(4).getCell(header.indexOf('面积（㎡）') + 1).numFmt).toBe('#,##0');
    expect(ws.getRow(4).getCell(header.indexOf('面积（亩）') + 1).numFmt).toBe('#,##0.0');
    // Formula injection: the text is a string cell (never a formula) of Text format, which keeps it text on edit.
    const projectWs = wb.getWorksheet('项目')!;
    const projectHeader = (projectWs.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const cell = projectWs.getRow(3).getCell(projectHeader.indexOf('企业') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
  });
});
