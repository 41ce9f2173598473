import { MergeTool } from './MergeTool.tsx';
import { type ReshapeParcel, ReshapeTool } from './ReshapeTool.tsx';
import { type SplitParcel, SplitTool } from './SplitTool.tsx';
import { useGeomText } from './use-geom-text.ts';

/** The parcel panel's geometry section for editors of its platform: 编辑边界 (moving vertices), 分宗 along a
 * line drawn on the map, 合宗 of parcels gathered in a list. */
export function GeometryTools({ parcel }: { parcel: SplitParcel & ReshapeParcel }) {
  const tg = useGeomText();
  return (
    <section className="section" data-testid="geometry-tools">
      <h3>{tg('title')}</h3>
      {parcel.retiredOn ? null : <ReshapeTool parcel={parcel} />}
      <SplitTool parcel={parcel} />
      <MergeTool parcel={parcel} />
    </section>
  );
}
