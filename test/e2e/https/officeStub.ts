/**
 * What the test serves for office.js. The real library comes from Microsoft's CDN, which this
 * machine cannot reach; the browser route answers the CDN address with this stand-in, so the page's
 * own <script src> and CSP are what is exercised. It is Office with no workbook open: onReady fires,
 * and Excel.run refuses, as it does when the pane is not in Excel.
 */
export const OFFICE_STUB = `
(function () {
  var info = { host: null, platform: null };
  window.Office = {
    context: { displayLanguage: 'zh-CN', officeTheme: undefined },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.Excel = {
    run: function () {
      return Promise.reject(new Error('stub office.js: no workbook in this test'));
    },
  };
  window.__officeStubLoaded = true;
})();
`;
