import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useContext, type ReactNode } from 'react';
import type { Store } from '@/lib/db';

dayjs.locale('zh-cn');

const StoreContext = createContext<Store | null>(null);

/** Every surface renders inside this: Chinese locale, antd's message/modal context, the store. */
export function AppProvider({ store, children }: { store: Store; children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c0392b', borderRadius: 4 } }}>
      <AntApp>
        <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside AppProvider');
  return store;
}
