// Names and messages carry Chinese first, English optional (the UI is zh-CN first).
export interface LocalText {
  zh: string;
  en?: string;
}
