/**
 * Small SVG charts: columns (granted vs frame) and lines (goal vs actual). Used in the panels and in the
 * preview's sheet view, where ExcelJS cannot hold a real chart. Values may be null (no figure that year).
 */
import { formatKroner } from '../../core/money';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartProps {
  kind: 'line' | 'columns';
  title: string;
  categories: string[];
  series: ChartSeries[];
  width?: number;
  height?: number;
}

const COLORS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8'];
// The bottom holds two lines of category labels and the legend.
const MARGIN = { top: 28, right: 12, bottom: 54, left: 78 };

/** A round step for the y axis: 1, 2 or 5 × a power of ten, about four ticks. */
export function niceStep(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
  return factor * power;
}

export function yScale(
  kind: ChartProps['kind'],
  values: number[],
): { min: number; max: number; step: number } {
  const hi = Math.max(0, ...values);
  const lo = kind === 'columns' ? Math.min(0, ...values) : Math.min(...values, hi);
  let step = niceStep(hi - lo || Math.abs(hi) || 1);
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  if (max === min) max = min + step;
  if ((max - min) / step > 6) {
    step = niceStep(max - min);
    min = Math.floor(lo / step) * step;
    max = Math.ceil(hi / step) * step;
  }
  return { min, max, step };
}

function shorten(label: string, max = 16): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * A category's label on at most two lines of `max` characters, broken between words: «Nyskaping i» /
 * «næringslivet» rather than «Nyskaping i nærings…» under a column in the narrow pane. Only what still does
 * not fit is shortened (the chart's accessible name has every label in full).
 */
export function labelLines(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const words = label.split(/\s+/);
  let first = '';
  while (words.length > 1 && `${first} ${words[0]}`.trim().length <= max)
    first = `${first} ${words.shift()}`.trim();
  if (!first) return [shorten(label, max)];
  return [first, shorten(words.join(' '), max)];
}

export function Chart({ kind, title, categories, series, width = 320, height = 220 }: ChartProps) {
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const { min, max, step } = yScale(kind, numbers.length ? numbers : [0]);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + plotH - ((v - min) / (max - min)) * plotH;
  const band = plotW / Math.max(1, categories.length);
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(v);
  const summary = series
    .map(
      (s) =>
        `${s.name}: ${s.values.map((v, i) => `${categories[i]} ${v === null ? '–' : formatKroner(v)}`).join(', ')}`,
    )
    .join('; ');

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${width} ${height + 18 * Math.ceil(series.length / 2)}`}
        width="100%"
        style={{ maxWidth: width * 1.5, fontFamily: 'inherit' }}
      >
        <title>{title}</title>
        <text x={width / 2} y={16} textAnchor="middle" fontSize={12} fontWeight={600}>
          {shorten(title, 48)}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} stroke="#e0e0e0" />
            <text x={MARGIN.left - 4} y={y(v) + 3} textAnchor="end" fontSize={9} fill="#424242">
              {formatKroner(v)}
            </text>
          </g>
        ))}
        {categories.map((category, i) => (
          <text
            key={`c${i}`}
            x={MARGIN.left + band * (i + 0.5)}
            y={MARGIN.top + plotH + 14}
            textAnchor="middle"
            fontSize={9}
            fill="#424242"
          >
            {labelLines(category, Math.max(6, Math.floor(band / 5.5))).map((line, l) => (
              <tspan key={l} x={MARGIN.left + band * (i + 0.5)} dy={l === 0 ? 0 : 11}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {kind === 'columns'
          ? series.map((s, si) => {
              const barW = (band * 0.7) / series.length;
              return s.values.map((v, i) =>
                v === null ? null : (
                  <rect
                    key={`${si}-${i}`}
                    data-series={s.name}
                    x={MARGIN.left + band * i + band * 0.15 + barW * si}
                    y={Math.min(y(v), y(Math.max(min, 0)))}
                    width={barW}
                    height={Math.abs(y(v) - y(Math.max(min, 0)))}
                    fill={COLORS[si % COLORS.length]}
                  />
                ),
              );
            })
          : series.map((s, si) => {
              const points = s.values
                .map((v, i) => (v === null ? null : `${MARGIN.left + band * (i + 0.5)},${y(v)}`))
                .filter((p): p is string => p !== null);
              return (
                <g key={si} data-series={s.name}>
                  <polyline
                    points={points.join(' ')}
                    fill="none"
                    stroke={COLORS[si % COLORS.length]}
                    strokeWidth={2}
                  />
                  {points.map((p) => {
                    const [cx, cy] = p.split(',').map(Number);
                    return <circle key={p} cx={cx} cy={cy} r={2.5} fill={COLORS[si % COLORS.length]} />;
                  })}
                </g>
              );
            })}
        <line
          x1={MARGIN.left}
          x2={width - MARGIN.right}
          y1={y(Math.max(min, 0))}
          y2={y(Math.max(min, 0))}
          stroke="#616161"
        />
        {series.map((s, si) => (
          <g
            key={`l${si}`}
            transform={`translate(${MARGIN.left + (si % 2) * (plotW / 2)}, ${height - 12 + 18 * Math.floor(si / 2)})`}
          >
            <rect width={10} height={10} y={-9} fill={COLORS[si % COLORS.length]} />
            <text x={14} fontSize={10}>
              {shorten(s.name, 24)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
