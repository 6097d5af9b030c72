import { formatIndicatorValue } from './format-indicator-value';
import { parseIndicatorValue } from './parse-indicator-value';

type Row = [operator: string | null, value: string | null, unit: string | null, direction: string | null, shown: string, derived: string, warnings: string[]];

function parsed(operator: string | null, value: string | null, unit: string | null, direction: string | null, name: string | null = null) {
  const result = parseIndicatorValue({ operator, value, unit, direction, name });
  return { shown: formatIndicatorValue(result.value), kind: result.value.kind, direction: result.direction, warnings: result.warnings.map((w) => w.code), value: result.value };
}

describe('parseIndicatorValue: the 12-column tables (Leshan 公开表6/7, Dachuan), operator in its own column', () => {
  it.each<Row>([
    ['≤', '5', '次', '反向指标', '≤5次', 'reverse', []],
    ['≤', '5', '%', '反向指标', '≤5%', 'reverse', []],
    ['≤', '100', '%', '反向指标', '≤100%', 'reverse', []],
    ['=', '100', '%', '正向指标', '=100%', 'positive', []],
    ['≥', '70', '%', null, '≥70%', 'positive', []],
    ['≥', '85', '%', '', '≥85%', 'positive', []],
    ['≥', '2', '次', null, '≥2次', 'positive', []],
    ['≥', '29', '家', null, '≥29家', 'positive', []],
    ['≥', '240', '万', null, '≥240万', 'positive', []],
    ['≥', '240', '万元', null, '≥240万元', 'positive', []],
    ['=', '2', '次', null, '=2次', 'exact', []],
    ['=', '8', '个', null, '=8个', 'exact', []],
    ['=', '0', '%', null, '=0%', 'exact', []],
    ['=', '1', '年', null, '=1年', 'exact', []],
    ['<', '5', '%', null, '<5%', 'reverse', []],
    ['<', '2', '%', null, '<2%', 'reverse', []],
    ['>', '22', '次', null, '>22次', 'positive', []],
    ['>', '22', '次/年', null, '>22次/年', 'positive', []],
    ['≤', '30', '分钟', null, '≤30分钟', 'reverse', []],
    ['≤', '60', '分钟', null, '≤60分钟', 'reverse', []],
    ['≤', '7', '秒', null, '≤7秒', 'reverse', []],
    ['≤', '5', '天', null, '≤5天', 'reverse', []],
    ['=', '72', '万 条', null, '=72万条', 'exact', []],
    ['=', '72', '万条', null, '=72万条', 'exact', []],
    ['≥', '150', '次/年', null, '≥150次/年', 'positive', []],
    ['≥', '60', '家', null, '≥60家', 'positive', []],
    ['≥', '1', '个', null, '≥1个', 'positive', []],
    ['≤', '10', '万元', null, '≤10万元', 'reverse', []],
    ['≤', '18.72', '万元', null, '≤18.72万元', 'reverse', []],
    ['≤', '3000', '万元', null, '≤3000万元', 'reverse', []],
    ['≤', '反向指 标', null, null, '定性:反向指标', 'positive', ['OPERATOR_CONFLICT']],
  ])('%s | %s | %s | %s → %s (%s)', (operator, value, unit, direction, shown, derived, warnings) => {
    const result = parsed(operator, value, unit, direction);
    expect([result.shown, result.direction, result.warnings]).toEqual([shown, derived, warnings]);
  });

  it.each<Row>([
    ['定性', '符合客观需要', null, null, '定性:符合客观需要', 'positive', []],
    ['定 性', '符合 实际', '', null, '定性:符合实际', 'positive', []],
    ['定 性', '高', null, null, '定性:高', 'positive', []],
    ['定 性', '符合 救助 条件 的对 象按 规定 纳入 救助 范围', null, null, '定性:符合救助条件的对象按规定纳入救助范围', 'positive', []],
    ['定性', '不低于上一年', null, null, '定性:不低于上一年', 'positive', []],
    ['定性', '有效减缓', null, null, '定性:有效减缓', 'positive', []],
    ['定性', '优', null, null, '定性:优', 'positive', []],
    // Leshan 公开表6 lines 780-784 and 公开表7 line 949: labels, not numbers, even with an empty unit cell.
    ['定性', '明显提高', '', null, '定性:明显提高', 'positive', []],
    ['定性', '稳步拓展', '', null, '定性:稳步拓展', 'positive', []],
    ['定性', '成效明显', '', null, '定性:成效明显', 'positive', []],
    ['定性', '有效减轻', null, null, '定性:有效减轻', 'positive', []],
    ['定性', '', null, null, '', 'positive', ['VALUE_MISSING']],
    [null, '', null, null, '', 'positive', ['VALUE_MISSING']],
    [null, null, null, null, '', 'positive', ['VALUE_MISSING']],
  ])('qualitative %s | %s → %s', (operator, value, unit, direction, shown, derived, warnings) => {
    const result = parsed(operator, value, unit, direction);
    expect([result.shown, result.direction, result.warnings]).toEqual([shown, derived, warnings]);
  });

  it.each<Row>([
    ['=', '12', '月', null, '=12月', 'exact', []],
    ['= ', ' 12 ', ' 月 ', null, '=12月', 'exact', []],
    ['≤', '4', '月', null, '≤4月', 'reverse', []],
    [null, '12月', null, null, '≤12月', 'reverse', ['OPERATOR_IMPLIED']],
    [null, '≤12月', null, null, '≤12月', 'reverse', []],
    [null, '2023年12月31日前', null, null, '≤2023年12月31日', 'reverse', []],
    [null, '2023年12月31 日前', null, null, '≤2023年12月31日', 'reverse', []],
    [null, '2023年12月31日 前', null, null, '≤2023年12月31日', 'reverse', []],
    [null, '7月底之前', null, null, '≤7月', 'reverse', []],
    [null, '8月底前', null, null, '≤8月', 'reverse', []],
    [null, '2024年底前', null, null, '≤2024年12月', 'reverse', []],
    ['=', '13', '月', null, '=13月', 'exact', []],
  ])('deadline %s | %s | %s → %s', (operator, value, unit, direction, shown, derived, warnings) => {
    const result = parsed(operator, value, unit, direction);
    expect([result.shown, result.direction, result.warnings]).toEqual([shown, derived, warnings]);
  });

  it('keeps the parts of a deadline', () => {
    expect(parsed(null, '2023年12月31日前', null, null).value).toMatchObject({ kind: 'deadline', operator: '≤', year: 2023, month: 12, day: 31 });
    expect(parsed('=', '12', '月', null).value).toMatchObject({ kind: 'deadline', operator: '=', year: null, month: 12, day: null, text: '= 12 月' });
    expect(parsed('=', '13', '月', null).value.kind).toBe('number');
  });
});

describe('parseIndicatorValue: operator folded into the value (Dachuan 部门整体, Jilin, Lanshan, Jinkouhe)', () => {
  it.each<[string, string, string, string[]]>([
    ['=41人', '=41人', 'exact', []],
    ['=100%', '=100%', 'exact', []],
    ['≥300个', '≥300个', 'positive', []],
    ['≥100人次', '≥100人次', 'positive', []],
    ['≥60万人', '≥60万人', 'positive', []],
    ['≤10%', '≤10%', 'reverse', []],
    ['≤4187.90万元', '≤4187.9万元', 'reverse', []],
    ['≤12月', '≤12月', 'reverse', []],
    ['≥150次/年', '≥150次/年', 'positive', []],
    ['<=3人', '≤3人', 'reverse', []],
    ['<=400元/人', '≤400元/人', 'reverse', []],
    ['>=2期', '≥2期', 'positive', []],
    ['>=70000 次', '≥70000次', 'positive', []],
    ['>=12000 件', '≥12000件', 'positive', []],
    ['>=100份', '≥100份', 'positive', []],
    ['>=30例', '≥30例', 'positive', []],
    ['>=5 家', '≥5家', 'positive', []],
    ['>=90 百 分比', '≥90%', 'positive', []],
    ['>=1人', '≥1人', 'positive', []],
    ['≥930000人', '≥930000人', 'positive', []],
    ['=67元/人', '=67元/人', 'exact', []],
    ['=0人', '=0人', 'exact', []],
    ['=69人(据实确定)', '=69人', 'exact', []],
    ['=28人(据实确定)', '=28人', 'exact', []],
    ['≥2.32万元/人/年', '≥2.32万元/人/年', 'positive', []],
    ['=0.15元/份', '=0.15元/份', 'exact', []],
    ['=200元/箱', '=200元/箱', 'exact', []],
    ['=300元/天', '=300元/天', 'exact', []],
    ['=102.71万元', '=102.71万元', 'exact', []],
    ['≥21908', '≥21908', 'positive', []],
    ['=1', '=1', 'exact', []],
    ['≤1.5万元', '≤1.5万元', 'reverse', []],
    ['≥99%', '≥99%', 'positive', []],
    ['95%', '≥95%', 'positive', ['OPERATOR_IMPLIED']],
    ['3%', '≥3%', 'positive', ['OPERATOR_IMPLIED']],
    ['100%', '≥100%', 'positive', ['OPERATOR_IMPLIED']],
    ['1人', '≥1人', 'positive', ['OPERATOR_IMPLIED']],
    ['1,672.81', '≥1672.81', 'positive', ['OPERATOR_IMPLIED']],
    ['据实', '据实', 'positive', []],
    ['每月发放', '定性:每月发放', 'positive', []],
    ['全年持续实施', '定性:全年持续实施', 'positive', []],
    ['有效缓解', '定性:有效缓解', 'positive', []],
    ['明显提高', '定性:明显提高', 'positive', []],
    // Jilin line 323 (依法行政水平): a label folded into 指标值 with no operator is qualitative, not an implied ≥.
    ['有所提升', '定性:有所提升', 'positive', []],
    ['长效', '定性:长效', 'positive', []],
    ['优', '定性:优', 'positive', []],
    ['不低于90%', '≥90%', 'positive', []],
    ['95%以上', '≥95%', 'positive', []],
  ])('%s → %s', (value, shown, derived, warnings) => {
    const result = parsed(null, value, null, null);
    expect([result.shown, result.direction, result.warnings]).toEqual([shown, derived, warnings]);
  });

  it('keeps the printed text verbatim and the note out of the unit', () => {
    const value = parsed(null, '=69人(据实确定)', null, null).value;
    expect(value).toMatchObject({ kind: 'number', operator: '=', unit: '人', text: '=69人(据实确定)' });
    expect(value.kind === 'number' && value.amount.toString()).toBe('69');
  });
});

describe('parseIndicatorValue: full-width and GB forms', () => {
  it.each<[string | null, string, string | null, string, string[]]>([
    ['＞', '２２', '次', '>22次', []],
    ['＜', '５', '％', '<5%', []],
    ['＝', '１００', '％', '=100%', []],
    ['≧', '９５', '%', '≥95%', []],
    ['≦', '4', '月', '≤4月', []],
    ['>=', '90', '百分比', '≥90%', []],
    ['<=', '1,000', '元', '≤1000元', []],
    [null, '≥９５％', null, '≥95%', []],
    [null, '＞＝９０％', null, '≥90%', []],
    [null, '９５％', null, '≥95%', ['OPERATOR_IMPLIED']],
    [null, '2023年12月31日前', null, '≤2023年12月31日', []],
    ['定\u3000性', '优', null, '定性:优', []],
  ])('%s | %s | %s → %s', (operator, value, unit, shown, warnings) => {
    const result = parsed(operator, value, unit, null);
    expect([result.shown, result.warnings]).toEqual([shown, warnings]);
  });
});

describe('parseIndicatorValue: conflicts and doubtful rows', () => {
  it.each<[string | null, string, string | null, string | null, string | null, string, string, string[]]>([
    // Jilin prints a complaint rate with >= 0.
    [null, '>=0 百 分 比', null, null, '省直特殊 人员(离 休二 等乙)医 保服 务投 诉率', '≥0%', 'positive', ['REVERSE_RATE_WITH_GE']],
    ['≥', '2', '%', null, '网络故障率', '≥2%', 'positive', ['REVERSE_RATE_WITH_GE']],
    ['≤', '5', '%', null, '网络故障发生率', '≤5%', 'reverse', []],
    ['≤', '10', '%', null, '档案资料分类、排序等环节的差错率', '≤10%', 'reverse', []],
    ['≥', '≤5', '%', null, null, '≥5%', 'positive', ['OPERATOR_CONFLICT']],
    ['≥', '5', '次', '反向指标', null, '≥5次', 'reverse', ['OPERATOR_CONFLICT']],
    ['≤', '5', '次', '正向指标', null, '≤5次', 'positive', ['OPERATOR_CONFLICT']],
    ['=', '100', '%', '反向指标', null, '=100%', 'reverse', []],
    ['≥', '5人', '次', null, null, '≥5次', 'positive', ['UNIT_CONFLICT']],
    ['≥', '优', null, null, null, '定性:优', 'positive', ['OPERATOR_CONFLICT']],
    ['定性', '90', '%', null, null, '≥90%', 'positive', ['OPERATOR_CONFLICT']],
    ['≥', '', '%', null, null, '', 'positive', ['VALUE_MISSING']],
    ['≤', '', null, '反向指标', null, '', 'reverse', ['VALUE_MISSING']],
  ])('%s | %s | %s | %s | %s → %s', (operator, value, unit, direction, name, shown, derived, warnings) => {
    const result = parsed(operator, value, unit, direction, name);
    expect([result.shown, result.direction, result.warnings]).toEqual([shown, derived, warnings]);
  });

  it('keeps both units visible in the text when they conflict', () => {
    expect(parsed('≥', '5人', '次', null).value.text).toBe('≥ 5人 次');
  });
});
