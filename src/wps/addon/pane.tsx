/**
 * The WPS task pane's entry: the same React pane as in Excel, handed the WPS gateway. Outside WPS,
 * or in a WPS too old for add-ins, it says so in Chinese and English instead.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { t, type MessageKey } from '../../core/messages';
import { App } from '../../taskpane/App';
import { createWorkerReader } from '../../taskpane/importer/createReader';
import { createWpsGateway } from '../gateway';
import { wpsApplication, versionOf } from './host';
import { MIN_VERSION, supportsAddins } from './version';

function Notice(props: { readonly keyName: MessageKey; readonly version?: string }) {
  const params = { version: props.version ?? '', minimum: MIN_VERSION };
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <h1 style={{ fontSize: 16, margin: 0 }}>学生会合规助手</h1>
        <p role="alert">
          {t(props.keyName, 'zh', params)}
          <br />
          <span lang="en">{t(props.keyName, 'en', params)}</span>
        </p>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  const app = wpsApplication();
  const version = app ? versionOf(app) : undefined;
  const view = !app ? (
    <Notice keyName="wps.notInWps" />
  ) : !supportsAddins(version) ? (
    <Notice keyName="wps.tooOld" version={version ?? ''} />
  ) : (
    <App
      gateway={createWpsGateway(app)}
      reader={createWorkerReader()}
      lang="zh"
      theme={webLightTheme}
    />
  );
  createRoot(root).render(view);
}
