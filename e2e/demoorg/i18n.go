//go:build !js

package demoorg

// Fixture strings: English, German and Japanese. These are this fixture's own
// wording (labels follow the Salesforce UI as far as docs/salesforce-pages.md knows them),
// not copies of Salesforce pages.
var texts = map[string][3]string{ // key -> {en, de, ja}
	// personal settings tree
	"sec.personal":                    {"MY PERSONAL INFORMATION", "MEINE PERSÖNLICHEN DATEN", "私の個人情報"},
	"grp.personal":                    {"My Personal Information", "Meine persönlichen Daten", "私の個人情報"},
	"item.PersonalInformation":        {"Personal Information", "Persönliche Informationen", "個人情報"},
	"item.AdvancedUserDetails":        {"Advanced User Details", "Erweiterte Benutzerdetails", "高度なユーザの詳細"},
	"item.ChangePassword":             {"Change My Password", "Mein Kennwort ändern", "私のパスワードの変更"},
	"item.GrantLoginAccess":           {"Grant Account Login Access", "Zugriff für Kontoanmeldung gewähren", "アカウントログインアクセスの許可"},
	"item.LanguageAndTimeZone":        {"Language & Time Zone", "Sprache & Zeitzone", "言語とタイムゾーン"},
	"item.LoginHistory":               {"Login History", "Anmeldeverlauf", "ログイン履歴"},
	"item.ResetApiToken":              {"Reset My Security Token", "Mein Sicherheits-Token zurücksetzen", "私のセキュリティトークンのリセット"},
	"sec.display":                     {"DISPLAY & LAYOUT", "ANZEIGE & LAYOUT", "表示とレイアウト"},
	"grp.display":                     {"Display & Layout", "Anzeige & Layout", "表示とレイアウト"},
	"item.CustomizeTabs":              {"Customize My Tabs", "Meine Registerkarten anpassen", "私のタブのカスタマイズ"},
	"item.DisplayDensity":             {"Display Density", "Anzeigedichte", "表示密度"},
	"sec.email":                       {"EMAIL", "E-MAIL", "メール"},
	"grp.email":                       {"Email", "E-Mail", "メール"},
	"item.EmailSettings":              {"My Email Settings", "Meine E-Mail-Einstellungen", "私のメールの設定"},
	"item.EmailToSalesforceUserSetup": {"My Email to Salesforce", "Meine E-Mail an Salesforce", "私の Salesforce へのメール"},
	"sec.calendar":                    {"CALENDAR & REMINDERS", "KALENDER & ERINNERUNGEN", "カレンダーとリマインダー"},
	"grp.calendar":                    {"Calendar & Reminders", "Kalender & Erinnerungen", "カレンダーとリマインダー"},
	"item.ActivityReminders":          {"Activity Reminders", "Aktivitätserinnerungen", "活動のリマインダー"},

	// Classic titles of the framed pages (iframe title prefix)
	"ctitle.ResetApiToken":       {"Reset Security Token", "Sicherheits-Token zurücksetzen", "セキュリティトークンのリセット"},
	"ctitle.ChangePassword":      {"Change Your Password", "Ändern Sie Ihr Kennwort", "パスワードの変更"},
	"ctitle.AdvancedUserDetails": {"User: %s", "Benutzer: %s", "ユーザ: %s"},

	// setup tree
	"item.SetupOneHome":         {"Setup Home", "Setup-Startseite", "設定ホーム"},
	"item.ReleaseUpdates":       {"Release Updates", "Versionsaktualisierungen", "リリース更新"},
	"sec.admin":                 {"ADMINISTRATION", "VERWALTUNG", "管理"},
	"grp.Users":                 {"Users", "Benutzer", "ユーザ"},
	"item.ManageUsers":          {"Users", "Benutzer", "ユーザ"},
	"item.EnhancedProfiles":     {"Profiles", "Profile", "プロファイル"},
	"item.PermSets":             {"Permission Sets", "Berechtigungssätze", "権限セット"},
	"grp.Data":                  {"Data", "Daten", "データ"},
	"item.DataManagementExport": {"Data Export", "Datenexport", "データエクスポート"},
	"sec.platform":              {"PLATFORM TOOLS", "PLATTFORM-TOOLS", "プラットフォームツール"},
	"grp.Apps":                  {"Apps", "Apps", "アプリケーション"},
	"item.NavigationMenus":      {"App Manager", "App-Manager", "アプリケーションマネージャ"},
	"sec.settings":              {"SETTINGS", "EINSTELLUNGEN", "設定"},
	"grp.CompanySettings":       {"Company Settings", "Unternehmenseinstellungen", "会社の設定"},
	"item.CompanyProfileInfo":   {"Company Information", "Unternehmensinformationen", "組織情報"},
	"grp.Security":              {"Security", "Sicherheit", "セキュリティ"},
	"item.SecuritySession":      {"Session Settings", "Sitzungseinstellungen", "セッションの設定"},
	"item.NetworkAccess":        {"Network Access", "Netzwerkzugriff", "ネットワークアクセス"},
	"item.SecurityHealthCheck":  {"Health Check", "Statusprüfung", "状態チェック"},

	// Lightning shell
	"quickfind":       {"Quick Find", "Schnellsuche", "クイック検索"},
	"expand":          {"Expand", "Erweitern", "展開"},
	"noresults":       {"Didn't find what you're looking for? Try using Global Search.", "Nicht gefunden, wonach Sie suchen? Verwenden Sie die globale Suche.", "お探しのものが見つかりませんか? グローバル検索を使用してください。"},
	"search":          {"Search...", "Suchen...", "検索..."},
	"searchsetup":     {"Search Setup", "Setup durchsuchen", "設定を検索"},
	"setup":           {"Setup", "Setup", "設定"},
	"settings":        {"Settings", "Einstellungen", "個人設定"},
	"objectmanager":   {"Object Manager", "Objekt-Manager", "オブジェクトマネージャ"},
	"home":            {"Home", "Startseite", "ホーム"},
	"accounts":        {"Accounts", "Accounts", "取引先"},
	"account":         {"Account", "Account", "取引先"},
	"contacts":        {"Contacts", "Kontakte", "取引先責任者"},
	"opportunities":   {"Opportunities", "Opportunities", "商談"},
	"cases":           {"Cases", "Kundenvorgänge", "ケース"},
	"reports":         {"Reports", "Berichte", "レポート"},
	"sales":           {"Sales", "Vertrieb", "セールス"},
	"loading":         {"Loading", "Wird geladen", "読み込み中"},
	"notfound":        {"Sorry to interrupt — this page isn't available.", "Entschuldigung — diese Seite ist nicht verfügbar.", "このページは利用できません。"},
	"viewprofile":     {"View profile", "Profil anzeigen", "プロファイルを表示"},
	"logout":          {"Log Out", "Abmelden", "ログアウト"},
	"switchclassic":   {"Switch to Salesforce Classic", "Zu Salesforce Classic wechseln", "Salesforce Classic に切り替え"},
	"switchlightning": {"Switch to Lightning Experience", "Zu Lightning Experience wechseln", "Lightning Experience に切り替え"},
	"help":            {"Help", "Hilfe", "ヘルプ"},
	"density.text":    {"Choose how densely information is shown on Lightning pages.", "Wählen Sie, wie dicht Informationen auf Lightning-Seiten angezeigt werden.", "Lightning ページに情報を表示する密度を選択します。"},
	"density.comfy":   {"Comfy", "Komfortabel", "ゆったり"},
	"density.compact": {"Compact", "Kompakt", "コンパクト"},
	"reminders.text":  {"Show reminder windows for events and tasks.", "Erinnerungsfenster für Ereignisse und Aufgaben anzeigen.", "行動と ToDo のリマインダーウィンドウを表示します。"},

	// Classic
	"classic.personalsetup":    {"Personal Setup", "Persönliches Setup", "個人設定"},
	"classic.appsetup":         {"App Setup", "App-Setup", "アプリケーションの設定"},
	"classic.administer":       {"Administer", "Verwalten", "管理"},
	"classic.quickfind":        {"Quick Find / Search...", "Schnellsuche/Suche...", "クイック検索/検索..."},
	"classic.myemail":          {"Email", "E-Mail", "メール"},
	"classic.manageusers":      {"Manage Users", "Benutzer verwalten", "ユーザの管理"},
	"classic.securitycontrols": {"Security Controls", "Sicherheitskontrollen", "セキュリティのコントロール"},
	"classic.logout":           {"Logout", "Abmelden", "ログアウト"},
	"classic.developerconsole": {"Developer Console", "Entwicklerkonsole", "開発者コンソール"},
	"classic.help":             {"Help & Training", "Hilfe und Schulung", "ヘルプ & トレーニング"},
	"classic.setuphome":        {"Force.com Home", "Force.com-Startseite", "Force.com ホーム"},
	"classic.copyright":        {"Copyright © 2000-2025 salesforce.com, inc. All rights reserved. (Demo fixture.)", "Copyright © 2000-2025 salesforce.com, inc. Alle Rechte vorbehalten. (Demo-Fixture.)", "Copyright © 2000-2025 salesforce.com, inc. All rights reserved. (デモ用)"},
	"btn.reset":                {"Reset Security Token", "Sicherheits-Token zurücksetzen", "セキュリティトークンのリセット"},
	"btn.cancel":               {"Cancel", "Abbrechen", "キャンセル"},
	"btn.save":                 {"Save", "Speichern", "保存"},
	"btn.edit":                 {"Edit", "Bearbeiten", "編集"},
	"reset.p1": {
		"When you access Salesforce from an IP address that isn't trusted for your company, and you use a desktop client or the API, you need a security token to log in.",
		"Wenn Sie von einer IP-Adresse, die für Ihr Unternehmen nicht vertrauenswürdig ist, mit einem Desktop-Client oder über die API auf Salesforce zugreifen, benötigen Sie zum Anmelden ein Sicherheits-Token.",
		"会社で信頼されていない IP アドレスからデスクトップクライアントまたは API を使用して Salesforce にアクセスする場合、ログインにはセキュリティトークンが必要です。"},
	"reset.p2": {
		"Click Reset Security Token to send a new security token to the email address on your user record. Your old token then stops working, so update every application that uses it.",
		"Klicken Sie auf „Sicherheits-Token zurücksetzen“, um ein neues Sicherheits-Token an die E-Mail-Adresse in Ihrem Benutzerdatensatz zu senden. Das alte Token funktioniert danach nicht mehr; aktualisieren Sie daher alle Anwendungen, die es verwenden.",
		"[セキュリティトークンのリセット] をクリックすると、ユーザレコードのメールアドレスに新しいセキュリティトークンが送信されます。古いトークンは使用できなくなるため、それを使用しているすべてのアプリケーションを更新してください。"},
	"reset.p3": {
		"When you change your password, your security token is also reset.",
		"Wenn Sie Ihr Kennwort ändern, wird auch Ihr Sicherheits-Token zurückgesetzt.",
		"パスワードを変更すると、セキュリティトークンもリセットされます。"},
	"confirm.title": {"Reset Security Token", "Sicherheits-Token zurücksetzen", "セキュリティトークンのリセット"},
	"confirm.text": {
		"Your security token has been reset. A new security token has been sent to the email address on your user record.",
		"Ihr Sicherheits-Token wurde zurückgesetzt. Ein neues Sicherheits-Token wurde an die E-Mail-Adresse in Ihrem Benutzerdatensatz gesendet.",
		"セキュリティトークンがリセットされました。新しいセキュリティトークンがユーザレコードのメールアドレスに送信されました。"},
	"confirm.email":      {"Check your email for the message with your new security token.", "Suchen Sie in Ihren E-Mails nach der Nachricht mit Ihrem neuen Sicherheits-Token.", "新しいセキュリティトークンが記載されたメールを確認してください。"},
	"insufficient.title": {"Insufficient Privileges", "Unzureichende Berechtigungen", "権限が不十分です"},
	"insufficient.text": {
		"You do not have the level of access necessary to perform the operation you requested. Please contact the owner of the record or your administrator if access is necessary.",
		"Sie verfügen nicht über die erforderliche Zugriffsstufe, um den angeforderten Vorgang auszuführen. Wenden Sie sich an den Eigentümer des Datensatzes oder an Ihren Administrator, wenn Sie Zugriff benötigen.",
		"要求された操作を実行するために必要なアクセス権がありません。アクセスが必要な場合は、レコードの所有者または管理者にお問い合わせください。"},
	"pi.name":          {"Name", "Name", "氏名"},
	"pi.alias":         {"Alias", "Alias", "別名"},
	"pi.email":         {"Email", "E-Mail", "メール"},
	"pi.username":      {"Username", "Benutzername", "ユーザ名"},
	"pi.company":       {"Company", "Firma", "会社名"},
	"pi.title":         {"Title", "Titel", "役職"},
	"pi.locale":        {"Locale", "Gebietsschema", "地域"},
	"pi.timezone":      {"Time Zone", "Zeitzone", "タイムゾーン"},
	"pi.language":      {"Language", "Sprache", "言語"},
	"pi.langname":      {"English", "Deutsch", "日本語"},
	"pi.detail":        {"User Detail", "Benutzerdetail", "ユーザの詳細"},
	"cp.current":       {"Current Password", "Aktuelles Kennwort", "現在のパスワード"},
	"cp.new":           {"New Password", "Neues Kennwort", "新しいパスワード"},
	"cp.confirm":       {"Confirm New Password", "Neues Kennwort bestätigen", "新しいパスワードの確認"},
	"classic.personal": {"Personal", "Persönlich", "個人用"},
	"cp.changed":       {"Your password was not changed: this is a demo org.", "Ihr Kennwort wurde nicht geändert: Dies ist eine Demo-Org.", "パスワードは変更されていません (デモ組織です)。"},
	"lh.time":          {"Login Time", "Anmeldezeit", "ログイン時刻"},
	"lh.type":          {"Login Type", "Anmeldetyp", "ログイン種別"},
	"lh.ip":            {"Source IP", "Quell-IP", "送信元 IP"},
	"lh.status":        {"Status", "Status", "状況"},
	"lh.app":           {"Application", "Anwendung", "アプリケーション"},
	"generic.text":     {"This page is part of the demo org and has nothing to do.", "Diese Seite gehört zur Demo-Org und hat keine Funktion.", "このページはデモ組織の一部で、操作はありません。"},
	"violation.title":  {"Blocked: the token would have been reset", "Blocked: the token would have been reset", "Blocked: the token would have been reset"},
}

func langIndex(lang string) int {
	switch lang {
	case "de":
		return 1
	case "ja":
		return 2
	}
	return 0
}

// tr translates key; unknown keys come back as they are (visible in tests).
func tr(lang, key string) string {
	if s, ok := variantText(lang, key); ok {
		return s
	}
	lang = baseLang(lang)
	t, ok := texts[key]
	if !ok {
		return key
	}
	if s := t[langIndex(lang)]; s != "" {
		return s
	}
	return t[0]
}
