import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parcelListXlsx } from '../../../../server/reports/xlsx.ts';
import { listModel, projects, rows } from './fixture-models.ts';

describe('XLSX parcel list (read back with exceljs)', async () => {
  const wb = new ExcelJS.Workbook();
  // exceljs types predate Node 20's generic Buffer; the bytes are what matter.
  await wb.xlsx.load((await parcelListXlsx(listModel)) as unknown as ExcelJS.Buffer);
  const parcels = wb.getWorksheet('地块')!;
  const projectSheet = wb.getWorksheet('项目')!;
  const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  const col = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;

  it('has the 地块 and 项目 sheets with Chinese headers, a frozen header row and an autofilter', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['地块', '项目']);
    expect(header(parcels).slice(0, 2)).toEqual(['地块编号', '所属平台']);
    expect(header(parcels)).toEqual(expect.arrayContaining(['面积（㎡）', '面积（亩）', '供地状态', '企业']));
    expect(parcels.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(parcels.autoFilter).toBeTruthy();
    expect(parcels.rowCount).toBe(1 + rows.length);
  });

  it('holds the same values as the model, areas as numbers with ㎡ and 亩 formats, dates as dates', () => {
    rows.forEach((r, i) => {
      const row = parcels.getRow(i + 2);
      expect(row.getCell(col(parcels, '地块编号')).value).toBe(r.parcel.code);
      expect(row.getCell(col(parcels, '面积（㎡）')).value).toBeCloseTo(r.parcel.areaM2, 6);
      expect(row.getCell(col(parcels, '面积（亩）')).value).toBeCloseTo(r.parcel.areaMu, 6);
    });
    const r2 = parcels.getRow(4);
    expect(r2.getCell(col(parcels, '面积（㎡）')).numFmt).toBe('#,##0');
    expect(r2.getCell(col(parcels, '面积（亩）')).numFmt).toBe('#,##0.0');
    expect(r2.getCell(col(parcels, '供地状态')).value).toBe('已出让');
    const start = r2.getCell(col(parcels, '约定开工日期')).value;
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString().slice(0, 10)).toBe('2017-03-31');
  });

  it('lists the projects and neutralises the enterprise name that starts with =', () => {
    expect(projectSheet.rowCount).toBe(1 + projects.length);
    const names = projectSheet.getColumn(col(projectSheet, '企业')).values.slice(2);
    expect(names).toEqual(['深圳佰维存储科技股份有限公司', `'${projects[1]!.enterprise}`]);
    // A neutralised cell is plain text, never a formula.
    for (const v of names) expect(typeof v).toBe('string');
    expect(projectSheet.getRow(2).getCell(col(projectSheet, '地块编号')).value).toBe('ZK357-002');
    expect(projectSheet.getRow(2).getCell(col(projectSheet, '计划投资（万元）')).value).toBe(100000);
  });
});
