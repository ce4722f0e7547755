/**
 * The ribbon's function file. The only ribbon control opens the task pane (ShowTaskpane in
 * manifest.xml), so there is no command to register; Office still needs the page to initialise.
 */
void Office.onReady();
