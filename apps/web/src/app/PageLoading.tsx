import { Spin } from 'antd';

/** What a page shows while its chunk or its first data loads. */
export function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip="加载中" size="large">
        <div style={{ height: 48 }} />
      </Spin>
    </div>
  );
}
