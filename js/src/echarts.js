// Apache ECharts (Apache-2.0), tree-shaken to the series and components st.echarts_chart
// accepts (the brush too: selections by region): the library every echarts_chart of a kernel
// shares. It draws nothing itself.
import * as echarts from "echarts/core";
import {
  BarChart, BoxplotChart, CandlestickChart, EffectScatterChart, FunnelChart, GaugeChart,
  GraphChart, HeatmapChart, LineChart, PieChart, RadarChart,
  SankeyChart, ScatterChart, SunburstChart, TreeChart, TreemapChart,
} from "echarts/charts";
import {
  AriaComponent, BrushComponent, DataZoomComponent, DatasetComponent,
  GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, PolarComponent, RadarComponent, TitleComponent, ToolboxComponent, TooltipComponent, TransformComponent,
  VisualMapComponent,
} from "echarts/components";
import { LabelLayout } from "echarts/features";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import { provide } from "./lib/libraries.js";

echarts.use([
  BarChart, BoxplotChart, CandlestickChart, EffectScatterChart, FunnelChart, GaugeChart,
  GraphChart, HeatmapChart, LineChart, PieChart, RadarChart,
  SankeyChart, ScatterChart, SunburstChart, TreeChart, TreemapChart,
  AriaComponent, BrushComponent, DataZoomComponent, DatasetComponent,
  GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, PolarComponent, RadarComponent, TitleComponent, ToolboxComponent, TooltipComponent, TransformComponent,
  VisualMapComponent, LabelLayout, CanvasRenderer, SVGRenderer,
]);

provide("echarts", echarts);

export default { initialize() {} };
