import { Tag } from 'antd';

type Colour = 'red' | 'yellow' | 'green';

const LIGHTS: Record<Colour, { label: string; style: React.CSSProperties }> = {
  // Text colours keep WCAG AA contrast on their backgrounds; the word says the colour for who cannot see it.
  red: { label: '红灯', style: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' } },
  yellow: { label: '黄灯', style: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' } },
  green: { label: '绿灯', style: { color: '#1f6a04', background: '#f6ffed', borderColor: '#b7eb8f' } },
};

/** A time-progress light (序时进度) or a flag's colour, as a tag that names its colour. */
export function Light({ colour }: { colour: Colour | string | null }) {
  if (!colour || !(colour in LIGHTS)) return <span>—</span>;
  const light = LIGHTS[colour as Colour];
  return <Tag style={light.style}>● {light.label}</Tag>;
}
