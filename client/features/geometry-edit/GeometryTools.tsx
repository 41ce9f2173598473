import { type SplitParcel, SplitTool } from './SplitTool.tsx';
import { useGeomText } from './use-geom-text.ts';

/** The parcel panel's geometry section for editors of its platform: 分宗 along a line drawn on the map. */
export function GeometryTools({ parcel }: { parcel: SplitParcel }) {
  const tg = useGeomText();
  return (
    <section className="section" data-testid="geometry-tools">
      <h3>{tg('title')}</h3>
      <SplitTool parcel={parcel} />
    </section>
  );
}
