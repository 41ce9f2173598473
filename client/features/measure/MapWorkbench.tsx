import { AttributeTable, TableToggle } from '../attribute-table/AttributeTable.tsx';
import { NewParcelTool } from '../geometry-edit/NewParcelTool.tsx';
import { PrintButton } from '../print/PrintDialog.tsx';
import { MapTools } from './MapTools.tsx';
import { QueryAreaLayer } from './QueryAreaLayer.tsx';
import './map-tools.css';

/** The GIS tools over the map: the toolbar (table, measure, query, print, and 新增地块 for editors), the drawn area and the table drawer. */
export function MapWorkbench() {
  return (
    <>
      <QueryAreaLayer />
      <div className="map-toolbar">
        <TableToggle />
        <MapTools />
        <PrintButton />
        <NewParcelTool />
      </div>
      <AttributeTable />
    </>
  );
}
