import { matchLevel1, matchLevel2 } from './indicator-catalogue';

describe('indicator catalogue', () => {
  it.each([
    ['产出指标', '产出指标', 'exact'],
    ['效益指标', '效益指标', 'exact'],
    ['效果指标', '效益指标', 'alias'],
    ['满意度指标', '满意度指标', 'exact'],
    ['成本指标', '成本指标', 'exact'],
    ['满意度', '满意度指标', 'near-miss'],
  ])('level 1 %s → %s (%s)', (printed, name, kind) => {
    expect(matchLevel1(printed)).toEqual({ name, kind });
  });

  it.each([
    ['数量指标', '数量指标', 'exact'],
    ['经济成本指标', '经济成本指标', 'exact'],
    ['生态环境效益指标', '生态效益指标', 'alias'],
    ['满意度指标', '服务对象满意度指标', 'alias'],
    ['可持续发展指标', '可持续影响指标', 'near-miss'], // Leshan
    ['社会效益', '社会效益指标', 'near-miss'], // Jilin line 323
    ['服务对象满意度指', '服务对象满意度指标', 'near-miss'], // Lanshan line 459, cut short
  ])('level 2 %s → %s (%s)', (printed, name, kind) => {
    expect(matchLevel2(printed)).toEqual({ name, kind });
  });

  it.each(['人均培训成本', '年度内员额人员人数', '', '指标'])('%s is no level name', (printed) => {
    expect(matchLevel1(printed)).toBeNull();
    expect(matchLevel2(printed)).toBeNull();
  });
});
