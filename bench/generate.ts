/**
 * A synthetic plan ladder at the real system's proportions (one province, cities, ~8.5
 * counties per city, ~13.6 townships per county), in Chinese keywords, for benchmarks.
 * Each plan carries the same indicators as its parent, some escalated, so every check runs.
 */

export interface Ladder {
  /** Absolute key → text. */
  readonly files: Map<string, string>;
  /** The same plans as plain objects, for the JSON.parse baseline. */
  readonly json: string;
}

const AREAS = ['基层党建', '安全生产', '森林防火', '耕地保护', '河湖长制', '信访工作', '农村人居环境整治', '防止返贫监测', '食品安全', '便民服务', '网格化管理', '消防安全'];
const LEVELS = ['省', '市', '县', '乡镇', '村'];

export function generateLadder(cities: number, countiesPerCity: number, townshipsPerCounty: number): Ladder {
  const files = new Map<string, string>();
  const objects: unknown[] = [];
  const dutyList = (name: string) => {
    const lines = [`职责清单 ${name} "乡镇履行职责事项清单" {`];
    for (let i = 0; i < 40; i++) {
      const area = AREAS[i % AREAS.length];
      const kind = i % 3 === 0 ? '基本' : i % 3 === 1 ? '配合' : '收回';
      lines.push(`  职责 d${i} "${area}事项${i}" ${kind} { 牵头部门 "县${area}主管部门" }`);
    }
    lines.push('}');
    return lines.join('\n');
  };
  const plan = (id: string, level: number, parent: string | undefined, region: string, bump: number, duties?: string) => {
    const lines = [
      `方案 ${id} "${region}2025年度综合考核方案" {`,
      `  发文单位 "${region}考核办"`,
      `  辖区     "${region}"`,
      `  层级     ${LEVELS[level]}`,
      `  考核对象 ${LEVELS[level + 1]}`,
      '  考核年度 2025',
    ];
    if (parent !== undefined) lines.push(`  上级方案 ${parent}`);
    if (duties !== undefined) lines.push(`  职责清单 ${duties}`);
    lines.push(`  检查主体 督查室 "${region}督查室" 块`, `  检查主体 应急局 "${region}应急管理局" 条`);
    const indicators = [];
    for (let i = 0; i < 10; i++) {
      const target = 30 + i + bump;
      lines.push(
        `  指标 i${i} "${AREAS[i]}" {`,
        ...(duties !== undefined ? [`    职责     d${i * 3}`] : []),
        `    目标     ≥ ${target}%`,
        '    权重     10',
        `    频次     ${i % 4 === 0 ? '每季度' : '每年'}`,
        `    检查主体 ${i % 2 === 0 ? '督查室' : '应急局'}`,
        '    考核方式 实地核查、数据比对',
        '  }',
      );
      indicators.push({ id: `i${i}`, title: AREAS[i], target: { op: '>=', value: target, unit: '%' }, weight: 10, inspectors: [i % 2 === 0 ? '督查室' : '应急局'] });
    }
    lines.push('}');
    objects.push({ id, level: LEVELS[level], parent, region, period: 2025, indicators });
    return lines.join('\n');
  };

  files.set('/bench/province.baton', plan('province', 0, undefined, '某省', 0));
  for (let c = 0; c < cities; c++) {
    const city = `city${c}`;
    files.set(`/bench/${city}/city.baton`, `引用 "../province.baton"\n\n${plan(city, 1, 'province', `某市${c}`, c % 3 === 0 ? 1 : 0)}\n`);
    for (let k = 0; k < countiesPerCity; k++) {
      const county = `${city}_county${k}`;
      const folder = `/bench/${city}/${county}`;
      files.set(`${folder}/duties.baton`, `${dutyList('乡镇职责')}\n`);
      files.set(`${folder}/county.baton`, `引用 "../city.baton"\n引用 "duties.baton"\n\n${plan(county, 2, city, `某县${c}-${k}`, k % 2, '乡镇职责')}\n`);
      for (let t = 0; t < townshipsPerCounty; t++) {
        files.set(`${folder}/town${t}.baton`, `引用 "county.baton"\n\n${plan(`${county}_town${t}`, 3, county, `某镇${c}-${k}-${t}`, 0)}\n`);
      }
    }
  }
  return { files, json: JSON.stringify(objects) };
}
