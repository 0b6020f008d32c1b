import type { Localized } from './lang.js';

/** The years an --as-of date may name: far enough for any programme, near enough to catch a typo (2O21, 20201). */
export const AS_OF_YEARS = { from: 1900, to: 2199 } as const;

export interface DateMessages {
  asOfRange: (value: string) => string;
}

export const dateMessages: Localized<DateMessages> = {
  get vi(): DateMessages {
    return { asOfRange: (value) => `--as-of ${value} nằm ngoài khoảng năm ${AS_OF_YEARS.from}–${AS_OF_YEARS.to}; kiểm tra lại năm, ví dụ --as-of 2021-12-31` };
  },
  get en(): DateMessages {
    return { asOfRange: (value) => `--as-of ${value} lies outside the years ${AS_OF_YEARS.from}–${AS_OF_YEARS.to}; check the year, for example --as-of 2021-12-31` };
  },
};
