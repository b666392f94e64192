import { convertToParamMap } from '@angular/router';
import { tableFilter, tableParamsFrom, tableQueryParams } from './table-filters';

describe('table filters', () => {
  it('should read known values from the URL and drop unknown ones', () => {
    const params = tableParamsFrom(
      convertToParamMap({
        zoek: ' kas ',
        soort: 'THEME_TABLE',
        thema: 'NOPE',
        ecosysteem: 'LOGISTICS_TRADE',
        mijn: 'ja',
        pagina: '3',
      }),
    );

    expect(params).toEqual({
      search: 'kas',
      kind: 'THEME_TABLE',
      theme: null,
      ecosystem: 'LOGISTICS_TRADE',
      status: null,
      mine: true,
      page: 3,
    });
    expect(tableFilter(params)).toEqual({
      search: 'kas',
      kind: 'THEME_TABLE',
      theme: null,
      ecosystem: 'LOGISTICS_TRADE',
      status: null,
      mine: true,
    });
  });

  it('should leave empty filters and page 1 out of the URL', () => {
    const params = tableParamsFrom(convertToParamMap({}));
    const filters = {
      search: params.search,
      kind: params.kind,
      theme: params.theme,
      ecosystem: params.ecosystem,
      status: params.status,
      mine: params.mine,
    };

    expect(Object.values(tableQueryParams(filters)).every((v) => v === null)).toBe(true);
    expect(tableQueryParams({ ...filters, status: 'ACTIVE' }, 2)).toMatchObject({
      status: 'ACTIVE',
      pagina: 2,
    });
  });
});
