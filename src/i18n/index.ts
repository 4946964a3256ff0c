/** The string tables by language, and MapLibre's own control labels in each. */
import { EN } from './en.ts';
import type { Lang } from './lang.ts';
import type { Strings } from './strings.ts';
import { ZH } from './zh.ts';

export const STRINGS: Record<Lang, Strings> = { en: EN, zh: ZH };

/**
 * MapLibre's control labels (its `locale` option), in each language. English
 * is MapLibre's own default; the keys are those of its default locale table.
 */
export const MAPLIBRE_LOCALE: Record<Lang, Record<string, string>> = {
  en: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  zh: {
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'Map.Title': '地图',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '拖动以旋转地图，点击恢复正北方向',
    'FullscreenControl.Enter': '进入全屏',
    'FullscreenControl.Exit': '退出全屏',
    'ScaleControl.Kilometers': '公里',
    'ScaleControl.Meters': '米',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动鼠标滚轮以缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动鼠标滚轮以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '请用双指移动地图',
  },
};

export type { Strings };
