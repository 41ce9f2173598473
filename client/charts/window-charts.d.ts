import type { EChartsType } from 'echarts/core';

declare global {
  interface Window {
    /** The overview's ECharts instances by chart id, for browser tests (read-only use, like `__zkMap`). */
    __zkCharts?: Record<string, EChartsType>;
  }
}
