import { MergeTool } from './MergeTool.tsx';
import { type SplitParcel, SplitTool } from './SplitTool.tsx';
import { useGeomText } from './use-geom-text.ts';

/** The parcel panel's geometry section for editors of its platform: 分宗 along a line drawn
 * on the map, 合宗 of parcels gathered in a list. */
export function GeometryTools({ parcel }: { parcel: SplitParcel }) {
  const tg = useGeomText();
  return (
    <section className="section" data-testid="geometry-tools">
      <h3>{tg('title')}</h3>
      <SplitTool parcel={parcel} />
      <MergeTool parcel={parcel} />
    </section>
  );
}
