<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>تعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يستجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>تم رفض الوصول</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Kimai refused the data</source>
        <translation>رفض Kimai البيانات</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>خطأ في الخادم</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>استجابة غير متوقعة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what Kimai sends (%1). Is this a Kimai server, and is it a supported version?</source>
        <translation>استجابة الخادم ليست مما يرسله Kimai (%1). هل هذا خادم Kimai، وهل إصداره مدعوم؟</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>تم إلغاء الطلب.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not loaded. Narrow the request (for example a shorter date range) or raise the limit in the settings.</source>
        <translation>استجابة الخادم أكبر من %1 ميغابايت ولم يتم تحميلها. ضيّق نطاق الطلب (مثلًا بفترة زمنية أقصر) أو ارفع الحد في الإعدادات.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Kimai Desk does not follow redirects to another address or to plain http, to keep your token safe. If that address is right, use it as the server address.</source>
        <translation>أعاد الخادم التوجيه إلى %1. لا يتبع Kimai Desk عمليات إعادة التوجيه إلى عنوان آخر أو إلى http غير المشفّر، حفاظًا على أمان رمزك. إذا كان ذلك العنوان صحيحًا، فاستخدمه عنوانًا للخادم.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer. Try again later or check the connection.</source>
        <translation>استغرق الخادم وقتًا طويلًا لإرسال استجابته. حاول مرة أخرى لاحقًا أو تحقق من الاتصال.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation>لم يستجب الخادم في الوقت المحدد. تحقق من صحة العنوان ومن أن الخادم يعمل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection ended without an answer from the server.</source>
        <translation>انتهى الاتصال دون استجابة من الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address for typing errors and that this computer is online.</source>
        <translation>تعذّر العثور على اسم الخادم. تحقق من خلو العنوان من الأخطاء الكتابية ومن اتصال هذا الحاسوب بالإنترنت.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that Kimai is running.</source>
        <translation>رفض الخادم الاتصال. تحقق من العنوان والمنفذ ومن أن Kimai يعمل.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>أغلق الخادم الاتصال قبل الرد. حاول مرة أخرى؛ إذا تكرر ذلك، فهناك مشكلة في الخادم أو في خادم وكيل بينكما.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If you know this server uses its own certificate, check its fingerprint and trust it for this server.</source>
        <translation>شهادة الخادم غير موثوقة (%1). إذا كنت تعلم أن هذا الخادم يستخدم شهادته الخاصة، فتحقق من بصمتها ثم ثق بها لهذا الخادم.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up. Does the server speak https on this port?</source>
        <translation>تعذّر إنشاء اتصال آمن. هل يعمل الخادم ببروتوكول https على هذا المنفذ؟</translation>
    </message>
    <message>
        <source>The server keeps redirecting. Check the server address.</source>
        <translation>يواصل الخادم إعادة التوجيه. تحقق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token safe.</source>
        <translation>أعاد الخادم التوجيه من https إلى http غير المشفّر. لا يتبع Kimai Desk ذلك حفاظًا على أمان رمزك.</translation>
    </message>
    <message>
        <source>The network is not available. Check that this computer is online.</source>
        <translation>الشبكة غير متاحة. تحقق من اتصال هذا الحاسوب بالإنترنت.</translation>
    </message>
    <message>
        <source>The proxy server failed (%1). Check the proxy settings of this computer.</source>
        <translation>فشل الخادم الوكيل (%1). تحقق من إعدادات الخادم الوكيل في هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>فشل الاتصال بالخادم: %1</translation>
    </message>
    <message>
        <source>Kimai refused the data.</source>
        <translation>رفض Kimai البيانات.</translation>
    </message>
    <message>
        <source>Kimai refused the data: %1</source>
        <translation>رفض Kimai البيانات: %1</translation>
    </message>
    <message>
        <source>Kimai refused the request as invalid (400 Bad Request).</source>
        <translation>رفض Kimai الطلب لأنه غير صالح (400 Bad Request).</translation>
    </message>
    <message>
        <source>Kimai refused the request: %1</source>
        <translation>رفض Kimai الطلب: %1</translation>
    </message>
    <message>
        <source>Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in Kimai (your profile → API access) and enter it here.</source>
        <translation>رفض Kimai رمز API: فهو خاطئ أو منتهي الصلاحية أو محذوف. أنشئ رمزًا جديدًا في Kimai (ملفك الشخصي ← الوصول إلى API) وأدخله هنا.</translation>
    </message>
    <message>
        <source>The server asks for a different login (an HTML page answered, not Kimai). Is a proxy protecting this address, or is Kimai somewhere else?</source>
        <translation>يطلب الخادم تسجيل دخول مختلفًا (أجابت صفحة HTML وليس Kimai). هل يحمي خادم وكيل هذا العنوان، أم أن Kimai في مكان آخر؟</translation>
    </message>
    <message>
        <source>Kimai wants a login: enter your username and API token.</source>
        <translation>يطلب Kimai تسجيل الدخول: أدخل اسم المستخدم ورمز API.</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password.</source>
        <translation>رفض Kimai اسم المستخدم أو كلمة مرور API.</translation>
    </message>
    <message>
        <source>You are signed in, but Kimai does not allow this. Your account may lack the permission (or API access was turned off for your role).</source>
        <translation>أنت مسجّل الدخول، لكن Kimai لا يسمح بهذا. ربما يفتقر حسابك إلى الصلاحية اللازمة (أو أُوقف الوصول إلى API لدورك).</translation>
    </message>
    <message>
        <source>Kimai says this does not exist (any more). It may have been deleted.</source>
        <translation>يفيد Kimai بأن هذا غير موجود (أو لم يعد موجودًا). ربما حُذف.</translation>
    </message>
    <message>
        <source>There is no Kimai API at this address. Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>لا توجد واجهة Kimai API على هذا العنوان. تحقق من عنوان الخادم، بما في ذلك المسار الفرعي مثل https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server refused the request method (405). A proxy or a redirect (for example http → https or a missing sub-path) may have changed the request. Use the exact https address of Kimai.</source>
        <translation>رفض الخادم طريقة الطلب (405). ربما غيّر خادم وكيل أو إعادة توجيه (مثل http → https أو مسار فرعي ناقص) الطلب. استخدم عنوان https الدقيق لـ Kimai.</translation>
    </message>
    <message>
        <source>Kimai is limiting the number of requests. Wait a minute and try again.</source>
        <translation>يحدّ Kimai من عدد الطلبات. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1) and answered with an error page. Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>حدث خطأ داخلي في الخادم (%1) فأجاب بصفحة خطأ. حاول مرة أخرى لاحقًا؛ وإذا استمر الخطأ، فيمكن لمسؤول Kimai العثور على التفاصيل في سجل الخادم.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>حدث خطأ داخلي في الخادم (%1). حاول مرة أخرى لاحقًا؛ وإذا استمر الخطأ، فيمكن لمسؤول Kimai العثور على التفاصيل في سجل الخادم.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address it redirects to as the server address.</source>
        <translation>أجاب الخادم بإعادة توجيه (%1) لا يتبعها Kimai Desk. استخدم العنوان الذي يُعاد التوجيه إليه عنوانًا للخادم.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>أجاب الخادم بحالة غير متوقعة: %1.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>لم يُحدَّد عنوان للخادم.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of Kimai&apos;s JSON. Is Kimai at this address? Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>أجاب الخادم بصفحة ويب بدلًا من JSON الخاص بـ Kimai. هل يوجد Kimai على هذا العنوان؟ تحقق من عنوان الخادم، بما في ذلك المسار الفرعي مثل https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is Kimai at this address, and is nothing in between (a proxy or a security filter) changing the answers?</source>
        <translation>استجابة الخادم ليست JSON صالحًا. هل يوجد Kimai على هذا العنوان، وهل هناك وسيط (خادم وكيل أو مرشّح أمني) يغيّر الاستجابات؟</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>انقطع الاتصال قبل وصول الاستجابة كاملة. حاول مرة أخرى؛ إذا تكرر ذلك، فهناك مشكلة في الخادم أو في خادم وكيل بينكما.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1). Try again; a proxy in between may be misbehaving.</source>
        <translation>تعذّر فهم استجابة الخادم (HTTP %1). حاول مرة أخرى؛ ربما يعمل خادم وكيل بينكما بشكل غير سليم.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for it. This can mean someone is intercepting the connection. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the saved server in the login form (Remove) and connect again.</source>
        <translation>قدّم الخادم شهادة مختلفة عن الشهادة التي وثقت بها له. قد يعني هذا أن أحدًا يعترض الاتصال. لم يُرسَل أي شيء. إذا استُبدلت شهادة الخادم عن قصد، فأزل الخادم المحفوظ في نموذج تسجيل الدخول (إزالة) ثم اتصل مرة أخرى.</translation>
    </message>
    <message>
        <source>Kimai did not receive the API token. A web server or proxy in front of Kimai may drop the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>لم يتلقَّ Kimai رمز API. ربما يحذف خادم ويب أو خادم وكيل أمام Kimai ترويسة Authorization (في Apache، مرّرها باستخدام SetEnvIf Authorization). أو جرّب طريقة «كلمة مرور API (قديمة، X-AUTH)».</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an API token with the &quot;API token (Bearer, Kimai 2.14+)&quot; method instead.</source>
        <translation>رفض Kimai اسم المستخدم أو كلمة مرور API. تحقق من كليهما؛ وفي Kimai 2.14 وما بعده استخدم بدلًا من ذلك رمز API مع طريقة «رمز API (Bearer، Kimai 2.14+)».</translation>
    </message>
    <message>
        <source>This server only accepts a username with an API password (Kimai 1.x or an older 2.x). Enter your username and choose the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>لا يقبل هذا الخادم إلا اسم مستخدم مع كلمة مرور API (Kimai 1.x أو إصدار 2.x قديم). أدخل اسم المستخدم واختر طريقة «كلمة مرور API (قديمة، X-AUTH)».</translation>
    </message>
    <message>
        <source>You may not see that customer: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another customer.</source>
        <translation>لا يحق لك رؤية هذا العميل: يرفض Kimai قائمة مصفّاة به (فهو تابع لفريق لست عضوًا فيه). اختر عميلًا آخر.</translation>
    </message>
    <message>
        <source>You may not see that project: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another project.</source>
        <translation>لا يحق لك رؤية هذا المشروع: يرفض Kimai قائمة مصفّاة به (فهو تابع لفريق لست عضوًا فيه). اختر مشروعًا آخر.</translation>
    </message>
    <message>
        <source>You may not see that activity: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another activity.</source>
        <translation>لا يحق لك رؤية هذا النشاط: يرفض Kimai قائمة مصفّاة به (فهو تابع لفريق لست عضوًا فيه). اختر نشاطًا آخر.</translation>
    </message>
    <message>
        <source>You may not see one of the chosen customers, projects or activities: Kimai refuses a list filtered by it. Change the filter.</source>
        <translation>لا يحق لك رؤية أحد العملاء أو المشاريع أو الأنشطة المختارة: يرفض Kimai قائمة مصفّاة به. غيّر عامل التصفية.</translation>
    </message>
    <message>
        <source>This Kimai does not accept API passwords any more (Kimai 3.0 removed them). Create an API token in Kimai (your profile → API access) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>لم يعد Kimai هذا يقبل كلمات مرور API (أزالها Kimai 3.0). أنشئ رمز API في Kimai (ملفك الشخصي ← الوصول إلى API) وسجّل الدخول بطريقة «رمز API (Bearer)».</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second(s); then try again.</source>
        <translation>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال %n ثانية أخرى؛ ثم حاول مجددًا.</numerusform>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال ثانية واحدة أخرى؛ ثم حاول مجددًا.</numerusform>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال ثانيتين أخريين؛ ثم حاول مجددًا.</numerusform>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال %n ثوانٍ أخرى؛ ثم حاول مجددًا.</numerusform>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال %n ثانية أخرى؛ ثم حاول مجددًا.</numerusform>
            <numerusform>رفض Kimai المحاولة الأخيرة بسبب كثرة الطلبات. لن يُرسل شيء خلال %n ثانية أخرى؛ ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kimai refuses API passwords for a while: there were too many attempts with a wrong username or API password (Kimai allows five a minute). Wait a minute and check both, or better, create an API token in Kimai (your profile → API access) and use it instead.</source>
        <translation>يرفض Kimai كلمات مرور API لبعض الوقت: حدثت محاولات كثيرة باسم مستخدم أو كلمة مرور API خاطئة (يسمح Kimai بخمس في الدقيقة). انتظر دقيقة وتحقق من كليهما، أو الأفضل أن تنشئ رمز API في Kimai (ملفك الشخصي ← الوصول إلى API) وتستخدمه بدلًا منها.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>تعذّر تشغيل الخادم التجريبي: %1</translation>
    </message>
    <message>
        <source>Timer started</source>
        <translation>بدأ المؤقت</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>توقف المؤقت</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>There is no saved server called &quot;%1&quot;.</source>
        <translation>لا يوجد خادم محفوظ باسم «%1».</translation>
    </message>
    <message>
        <source>Another command is still running.</source>
        <translation>لا يزال أمر آخر قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Loading the %1 tab failed: %2</source>
        <translation>فشل تحميل علامة التبويب %1: %2</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>حُفظت لقطة الشاشة في %1</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Scripted control is not available: %1</source>
        <translation>التحكم عبر الأوامر غير متاح: %1</translation>
    </message>
    <message>
        <source>Kimai Desk has no saved login with a token in the keychain. Log in once in the window (with &quot;Remember the token in the system keychain&quot;), or give --server, --username and --token-file.</source>
        <translation>لا يملك Kimai Desk تسجيل دخول محفوظًا مع رمز في سلسلة المفاتيح. سجّل الدخول مرة واحدة في النافذة (مع «تذكّر الرمز في سلسلة مفاتيح النظام»)، أو حدّد --server و --username و --token-file.</translation>
    </message>
    <message>
        <source>The running Kimai Desk did not answer in time. Check the timer in the window before trying again.</source>
        <translation>لم تُجب نسخة Kimai Desk العاملة في الوقت المحدد. تحقّق من المؤقّت في النافذة قبل المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>اتصال غير مشفّر</translation>
    </message>
    <message>
        <source>The address of %1 starts with http://, not https://.</source>
        <translation>عنوان %1 يبدأ بـ http://‎ وليس بـ https://‎.</translation>
    </message>
    <message>
        <source>Your API token would travel unencrypted over the network, where others can read it. Kimai&apos;s own documentation says to use the API only over https. Continue only on a network you trust.</source>
        <translation>سينتقل رمز API الخاص بك عبر الشبكة دون تشفير، حيث يمكن للآخرين قراءته. توصي وثائق Kimai نفسها باستخدام API عبر https فقط. لا تتابع إلا على شبكة تثق بها.</translation>
    </message>
    <message>
        <source>Send the token unencrypted</source>
        <translation>إرسال الرمز دون تشفير</translation>
    </message>
    <message>
        <source>A timer is running</source>
        <translation>يوجد مؤقت قيد التشغيل</translation>
    </message>
    <message>
        <source>Stop the timer before Kimai Desk quits?</source>
        <translation>هل تريد إيقاف المؤقت قبل إنهاء Kimai Desk؟</translation>
    </message>
    <message>
        <source>Running: %1
A timer that keeps running goes on counting on the server until you stop it, here or in Kimai.</source>
        <translation>قيد التشغيل: %1
المؤقت الذي يبقى قيد التشغيل يواصل العد على الخادم حتى توقفه، هنا أو في Kimai.</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>إيقاف المؤقت</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>إبقاؤه قيد التشغيل</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>تذكّر اختياري</translation>
    </message>
    <message>
        <source>Change data in Kimai?</source>
        <translation>تغيير البيانات في Kimai؟</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>إرسال %1 إلى %2؟</translation>
    </message>
    <message>
        <source>This request can change or delete data on the server, with your permissions. Kimai keeps no undo.</source>
        <translation>قد يغيّر هذا الطلب بيانات على الخادم أو يحذفها، بصلاحياتك. لا يتيح Kimai التراجع.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Kimai, for example https://kimai.example.com.</source>
        <translation>أدخل عنوان Kimai الخاص بك، مثل https://kimai.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>يجب أن يبدأ العنوان بـ https://‎ (أو http://‎ لخادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>لا يحتوي العنوان على اسم مضيف.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>هذا ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; use the fields below.</source>
        <translation>لا تضع اسم مستخدم أو كلمة مرور في العنوان؛ استخدم الحقول أدناه.</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Kimai Desk</source>
        <translation>حول Kimai Desk</translation>
    </message>
    <message>
        <source>Connected to Kimai %1 at %2.</source>
        <translation>متصل بـ Kimai %1 على %2.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>غير متصل بخادم Kimai.</translation>
    </message>
    <message>
        <source>A native desktop client for the Kimai time-tracking server.</source>
        <translation>عميل سطح مكتب أصلي لخادم تتبّع الوقت Kimai.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>بُني باستخدام Qt %1، ويعمل على Qt %2.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is an independent client.</source>
        <translation>برنامج Kimai Desk برنامج حر مرخّص بموجب رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو أحدث. يستخدم Qt (LGPL 3) و QtKeychain (BSD ذات البندين). Kimai علامة تجارية لـ Kevin Papst؛ و Kimai Desk عميل مستقل.</translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>مرئي</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>قابل للفوترة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Global (all projects)</source>
        <translation>عام (جميع المشاريع)</translation>
    </message>
    <message>
        <source>A global activity can be used with every project that allows global activities.</source>
        <translation>يمكن استخدام النشاط العام مع كل مشروع يسمح بالأنشطة العامة.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
</context>
<context>
    <name>kd::ApiCommand</name>
    <message>
        <source>Kimai did not answer in time.</source>
        <translation>لم يُجب Kimai في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Another API request is running.</source>
        <translation>يوجد طلب API آخر قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>فشل الطلب.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsole</name>
    <message>
        <source>Choose GET, POST, PATCH or DELETE.</source>
        <translation>اختر GET أو POST أو PATCH أو DELETE.</translation>
    </message>
    <message>
        <source>The path starts with /api/, for example /api/version.</source>
        <translation>يبدأ المسار بـ ‎/api/‎، مثل ‎/api/version‎.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (line %2, column %3).</source>
        <translation>المحتوى ليس JSON صالحًا: %1 (السطر %2، العمود %3).</translation>
    </message>
    <message>
        <source>Logged out before Kimai answered.</source>
        <translation>تم تسجيل الخروج قبل أن يُجيب Kimai.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsoleView</name>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>/api/timesheets?size=5</source>
        <translation>/api/timesheets?size=5</translation>
    </message>
    <message>
        <source>Path and query</source>
        <translation>المسار والاستعلام</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>The last %n request(s) to this server</source>
        <translation>
            <numerusform>آخر %n طلب إلى هذا الخادم</numerusform>
            <numerusform>آخر طلب إلى هذا الخادم</numerusform>
            <numerusform>آخر طلبين إلى هذا الخادم</numerusform>
            <numerusform>آخر %n طلبات إلى هذا الخادم</numerusform>
            <numerusform>آخر %n طلبًا إلى هذا الخادم</numerusform>
            <numerusform>آخر %n طلب إلى هذا الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;…&quot;}</source>
        <translation>محتوى JSON، مثل {&quot;description&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>المسارات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) from Kimai&apos;s OpenAPI document for this version</source>
        <translation>
            <numerusform>%n نقطة وصول من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
            <numerusform>نقطة وصول واحدة من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
            <numerusform>نقطتا وصول من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
            <numerusform>%n نقاط وصول من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
            <numerusform>%n نقطة وصول من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
            <numerusform>%n نقطة وصول من مستند OpenAPI الخاص بـ Kimai لهذا الإصدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation>جارٍ قراءة وصف API…</translation>
    </message>
    <message>
        <source>Log in to send requests.</source>
        <translation>سجّل الدخول لإرسال الطلبات.</translation>
    </message>
    <message>
        <source>Waiting for Kimai…</source>
        <translation>في انتظار Kimai…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>مسح السجل</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>لم يُرسل.</translation>
    </message>
    <message>
        <source>Not sent: log in first, or wait for the request before.</source>
        <translation>لم يُرسل: سجّل الدخول أولًا، أو انتظر الطلب السابق.</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 مللي ثانية</translation>
    </message>
</context>
<context>
    <name>kd::CatalogTab</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>المرئية</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>المخفية</translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation>المرئية والمخفية</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>الظهور</translation>
    </message>
    <message>
        <source>Double-click a row to see all its fields.</source>
        <translation>انقر نقرًا مزدوجًا على صف لعرض جميع حقوله.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>جميع العملاء</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>جميع المشاريع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>المعروض: %Ln</numerusform>
            <numerusform>المعروض: %Ln</numerusform>
            <numerusform>المعروض: %Ln</numerusform>
            <numerusform>المعروض: %Ln</numerusform>
            <numerusform>المعروض: %Ln</numerusform>
            <numerusform>المعروض: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, number, comment… (%1)</source>
        <translation>تصفية حسب الاسم أو الرقم أو التعليق… (%1)</translation>
    </message>
</context>
<context>
    <name>kd::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>شهادة غير موثوقة</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate this computer does not trust.&lt;/b&gt;&lt;br&gt;If you run this server yourself or your administrator gave you its fingerprint, compare the fingerprint below. Trusting it applies to this server only; a different certificate later will be refused.</source>
        <translation>&lt;b&gt;قدّم %1 شهادة لا يثق بها هذا الحاسوب.&lt;/b&gt;&lt;br&gt;إذا كنت تدير هذا الخادم بنفسك أو أعطاك المسؤول بصمتها، فقارنها بالبصمة أدناه. تنطبق الثقة على هذا الخادم فقط؛ وستُرفض أي شهادة مختلفة لاحقًا.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>المُصدِر:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>صالحة من:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>بصمة SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>المشكلات:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>الوثوق بهذه الشهادة لهذا الخادم</translation>
    </message>
</context>
<context>
    <name>kd::CommandLine</name>
    <message>
        <source>Kimai Desk — a native desktop client for the Kimai time-tracking server.</source>
        <translation>Kimai Desk — عميل سطح مكتب أصلي لخادم تتبّع الوقت Kimai.</translation>
    </message>
    <message>
        <source>Start the embedded Kimai demo server and log in to it.</source>
        <translation>تشغيل خادم Kimai التجريبي المدمج وتسجيل الدخول إليه.</translation>
    </message>
    <message>
        <source>With --demo: only serve the demo API (print URL, user and token) until stopped.</source>
        <translation>مع --demo: تقديم واجهة API التجريبية فقط (طباعة العنوان والمستخدم والرمز) حتى الإيقاف.</translation>
    </message>
    <message>
        <source>Port of the demo server (default: any free port).</source>
        <translation>منفذ الخادم التجريبي (الافتراضي: أي منفذ متاح).</translation>
    </message>
    <message>
        <source>Number of sample timesheets of the demo server (default 2000).</source>
        <translation>عدد سجلات الوقت النموذجية في الخادم التجريبي (الافتراضي: 2000).</translation>
    </message>
    <message>
        <source>API token of the demo server (default: random).</source>
        <translation>رمز API للخادم التجريبي (الافتراضي: عشوائي).</translation>
    </message>
    <message>
        <source>Timezone of the demo user (default: this computer&apos;s).</source>
        <translation>المنطقة الزمنية للمستخدم التجريبي (الافتراضي: منطقة هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Tracking mode of the demo server: default, punch or duration_fixed_begin.</source>
        <translation>وضع التتبّع في الخادم التجريبي: default أو punch أو duration_fixed_begin.</translation>
    </message>
    <message>
        <source>Address of the Kimai server.</source>
        <translation>عنوان خادم Kimai.</translation>
    </message>
    <message>
        <source>Kimai username.</source>
        <translation>اسم المستخدم في Kimai.</translation>
    </message>
    <message>
        <source>Read the API token from this file (- reads standard input).</source>
        <translation>قراءة رمز API من هذا الملف (- يقرأ من الإدخال القياسي).</translation>
    </message>
    <message>
        <source>Authentication: auto, bearer or legacy.</source>
        <translation>المصادقة: auto أو bearer أو legacy.</translation>
    </message>
    <message>
        <source>Store the given token in the system keychain.</source>
        <translation>حفظ الرمز المُعطى في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME.</source>
        <translation>استخدام ملف تعريف الخادم المحفوظ NAME.</translation>
    </message>
    <message>
        <source>Open this tab: ping, version, timesheets, activities, projects, customers or i18n.</source>
        <translation>فتح علامة التبويب هذه: ping أو version أو timesheets أو activities أو projects أو customers أو i18n.</translation>
    </message>
    <message>
        <source>When the visible tab has loaded, save a PNG of the window and exit.</source>
        <translation>عند اكتمال تحميل علامة التبويب الظاهرة، حفظ صورة PNG للنافذة ثم الخروج.</translation>
    </message>
    <message>
        <source>Start in the tray (if there is one).</source>
        <translation>البدء في علبة النظام (إن وُجدت).</translation>
    </message>
    <message>
        <source>Start a timer (with --project and --activity).</source>
        <translation>بدء مؤقت (مع --project و --activity).</translation>
    </message>
    <message>
        <source>Stop the running timer(s).</source>
        <translation>إيقاف المؤقتات قيد التشغيل.</translation>
    </message>
    <message>
        <source>Restart the most recent timesheet.</source>
        <translation>إعادة تشغيل أحدث سجل وقت.</translation>
    </message>
    <message>
        <source>Print the running timers as one JSON line.</source>
        <translation>طباعة المؤقتات قيد التشغيل في سطر JSON واحد.</translation>
    </message>
    <message>
        <source>Show the window of the running instance.</source>
        <translation>إظهار نافذة النسخة قيد التشغيل.</translation>
    </message>
    <message>
        <source>--serve-only needs --demo.</source>
        <translation>يتطلب --serve-only الخيار --demo.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون --port رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>--demo-timesheets must be a number from 0 to 1000000.</source>
        <translation>يجب أن يكون --demo-timesheets رقمًا من 0 إلى 1000000.</translation>
    </message>
    <message>
        <source>--auth must be auto, bearer or legacy.</source>
        <translation>يجب أن تكون قيمة --auth إحدى: auto أو bearer أو legacy.</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use one of: %2.</source>
        <translation>علامة تبويب غير معروفة «%1»؛ استخدم إحدى: %2.</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --serve-only.</source>
        <translation>لا يمكن الجمع بين --screenshot و --serve-only.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>تعذّرت قراءة ملف الرمز %1: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>ملف الرمز %1 فارغ.</translation>
    </message>
    <message>
        <source>Kimai version the demo server behaves like: %1 (default: %2).</source>
        <translation>إصدار Kimai الذي يحاكيه خادم العرض التجريبي: %1 (الافتراضي: %2).</translation>
    </message>
    <message>
        <source>Unknown demo version &quot;%1&quot;; use one of: %2.</source>
        <translation>إصدار العرض التجريبي &quot;%1&quot; غير معروف؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>--demo-version needs --demo.</source>
        <translation>يتطلب --demo-version الخيار --demo.</translation>
    </message>
    <message>
        <source>--api needs a method and a path, e.g. --api GET /api/version.</source>
        <translation>يحتاج ‎--api‎ إلى طريقة ومسار، مثل ‎--api GET /api/version‎.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;; use GET, POST, PATCH or DELETE.</source>
        <translation>طريقة غير معروفة «%1»؛ استخدم GET أو POST أو PATCH أو DELETE.</translation>
    </message>
    <message>
        <source>The path of --api starts with /api/, e.g. /api/version.</source>
        <translation>يبدأ مسار ‎--api‎ بـ ‎/api/‎، مثل ‎/api/version‎.</translation>
    </message>
    <message>
        <source>--data needs POST, PATCH or DELETE.</source>
        <translation>يحتاج ‎--data‎ إلى POST أو PATCH أو DELETE.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>تعذّرت قراءة ملف البيانات %1: %2</translation>
    </message>
    <message>
        <source>--data is larger than %1 KB.</source>
        <translation>‏‎--data‎ أكبر من %1 كيلوبايت.</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>‏‎--data‎ ليس JSON صالحًا: %1 (عند الحرف %2).</translation>
    </message>
    <message>
        <source>With --start: start a favourite, by its number (from 1, as in the Favourites menu) or its name.</source>
        <translation>مع ‎--start‎: ابدأ مفضّلة برقمها (من 1، كما في قائمة المفضّلة) أو باسمها.</translation>
    </message>
    <message>
        <source>Send one request to Kimai&apos;s API with the remembered login and print the answer&apos;s JSON: --api GET /api/version (also POST, PATCH, DELETE).</source>
        <translation>أرسل طلبًا واحدًا إلى API الخاص بـ Kimai بتسجيل الدخول المحفوظ واطبع JSON الإجابة: ‎--api GET /api/version‎ (وكذلك POST وPATCH وDELETE).</translation>
    </message>
    <message>
        <source>With --api: the JSON body, or @FILE to read it from a file (@- reads standard input).</source>
        <translation>مع ‎--api‎: محتوى JSON، أو ‎@FILE‎ لقراءته من ملف (‎@-‎ يقرأ الدخل القياسي).</translation>
    </message>
    <message>
        <source>With --api: the request, e.g. GET /api/timesheets?size=5.</source>
        <translation>مع ‎--api‎: الطلب، مثل ‎GET /api/timesheets?size=5‎.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>--data belongs to --api.</source>
        <translation>‏‎--data‎ يُستخدم مع ‎--api‎.</translation>
    </message>
    <message>
        <source>--favorite belongs to --start.</source>
        <translation>‏‎--favorite‎ يُستخدم مع ‎--start‎.</translation>
    </message>
    <message>
        <source>--favorite says what to start: leave out --project and --activity.</source>
        <translation>‏‎--favorite‎ يحدد ما يبدأ: احذف ‎--project‎ و‎--activity‎.</translation>
    </message>
    <message>
        <source>--start needs --project and --activity, or --favorite.</source>
        <translation>يحتاج ‎--start‎ إلى ‎--project‎ و‎--activity‎، أو ‎--favorite‎.</translation>
    </message>
    <message>
        <source>In the window: Ctrl+N adds an entry, Ctrl+T starts a timer, Ctrl+Shift+S stops it.</source>
        <translation>في النافذة: Ctrl+N يضيف إدخالًا، وCtrl+T يبدأ مؤقتًا، وCtrl+Shift+S يوقفه.</translation>
    </message>
    <message>
        <source>Add a finished entry, e.g. &quot;yesterday 9-12:30&quot; or &quot;mon 14:00 1h30&quot; (with --project and --activity); prints it as one JSON line.</source>
        <translation>إضافة إدخال منتهٍ، مثل &quot;yesterday 9-12:30&quot; أو &quot;mon 14:00 1h30&quot; (مع --project و--activity)؛ ويطبعه سطر JSON واحدًا.</translation>
    </message>
    <message>
        <source>Export the timesheets of a range (default: this week, all pages) in FORMAT (csv) to standard output or --output.</source>
        <translation>تصدير سجلات الوقت لفترة (افتراضيًا: هذا الأسبوع، كل الصفحات) بالتنسيق FORMAT ‏(csv) إلى المخرج القياسي أو إلى --output.</translation>
    </message>
    <message>
        <source>First day for --export (e.g. 2026-12-01, mon, yesterday).</source>
        <translation>اليوم الأول لـ --export (مثل 2026-12-01 أو mon أو yesterday).</translation>
    </message>
    <message>
        <source>Last day for --export.</source>
        <translation>اليوم الأخير لـ --export.</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>الملف لـ --export (افتراضيًا: المخرج القياسي).</translation>
    </message>
    <message>
        <source>Project for --start and --add (ID or name).</source>
        <translation>المشروع لـ --start و--add (المعرّف أو الاسم).</translation>
    </message>
    <message>
        <source>Activity for --start and --add (ID or name).</source>
        <translation>النشاط لـ --start و--add (المعرّف أو الاسم).</translation>
    </message>
    <message>
        <source>Description for --start and --add.</source>
        <translation>الوصف لـ --start و--add.</translation>
    </message>
    <message>
        <source>Comma-separated tags for --start and --add (missing tags are created where you may).</source>
        <translation>وسوم مفصولة بفواصل لـ --start و--add (تُنشأ الوسوم الناقصة حيث يُسمح لك).</translation>
    </message>
    <message>
        <source>Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api.</source>
        <translation>حدّد خيارًا واحدًا فقط من --start و--stop و--restart-last و--status و--show و--add و--export و--api.</translation>
    </message>
    <message>
        <source>--add needs --project and --activity.</source>
        <translation>يحتاج --add إلى --project و--activity.</translation>
    </message>
    <message>
        <source>--add needs the time of the entry, e.g. --add &quot;yesterday 9-12:30&quot;.</source>
        <translation>يحتاج --add إلى وقت الإدخال، مثل --add &quot;yesterday 9-12:30&quot;.</translation>
    </message>
    <message>
        <source>--project, --activity, --description and --tags belong to --start and --add.</source>
        <translation>الخيارات --project و--activity و--description و--tags تخص --start و--add.</translation>
    </message>
    <message>
        <source>--export knows one format: csv.</source>
        <translation>يعرف --export تنسيقًا واحدًا: csv.</translation>
    </message>
    <message>
        <source>--from, --to and --output belong to --export.</source>
        <translation>الخيارات --from و--to و--output تخص --export.</translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message>
        <source>The command did not finish in time.</source>
        <translation>لم يكتمل الأمر في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation>
            <numerusform>%n مؤقت قيد التشغيل.</numerusform>
            <numerusform>%n مؤقت قيد التشغيل.</numerusform>
            <numerusform>%n مؤقتان قيد التشغيل.</numerusform>
            <numerusform>%n مؤقتات قيد التشغيل.</numerusform>
            <numerusform>%n مؤقتًا قيد التشغيل.</numerusform>
            <numerusform>%n مؤقت قيد التشغيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>لا يوجد مؤقت قيد التشغيل.</translation>
    </message>
    <message>
        <source>Restarted.</source>
        <translation>أُعيد التشغيل.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>No timer was running.</source>
        <translation>لم يكن أي مؤقت قيد التشغيل.</translation>
    </message>
    <message>
        <source>No visible project is called &quot;%1&quot;.</source>
        <translation>لا يوجد مشروع ظاهر باسم «%1».</translation>
    </message>
    <message>
        <source>No activity called &quot;%1&quot; fits this project.</source>
        <translation>لا يوجد نشاط باسم «%1» يناسب هذا المشروع.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation>
            <numerusform>«%1» ملتبس (%n تطابق)؛ استخدم المعرّف.</numerusform>
            <numerusform>«%1» ملتبس (%n تطابق)؛ استخدم المعرّف.</numerusform>
            <numerusform>«%1» ملتبس (%n تطابقان)؛ استخدم المعرّف.</numerusform>
            <numerusform>«%1» ملتبس (%n تطابقات)؛ استخدم المعرّف.</numerusform>
            <numerusform>«%1» ملتبس (%n تطابقًا)؛ استخدم المعرّف.</numerusform>
            <numerusform>«%1» ملتبس (%n تطابق)؛ استخدم المعرّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>تم البدء.</translation>
    </message>
    <message>
        <source>The projects and activities could not be loaded.</source>
        <translation>تعذّر تحميل المشاريع والأنشطة.</translation>
    </message>
    <message>
        <source>Restarted at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>أُعيد التشغيل في %1. لا يمكن الوصول إلى Kimai: يُحفظ البدء ويُرسل عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>Started at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>بدأ في %1. لا يمكن الوصول إلى Kimai: يُحفظ البدء ويُرسل عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>Stopped. Kimai cannot be reached: the stop is kept and sent when Kimai answers.</source>
        <translation>تم الإيقاف. لا يمكن الوصول إلى Kimai: يُحفظ الإيقاف ويُرسل عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>Favourites are not available here.</source>
        <translation>المفضّلة غير متاحة هنا.</translation>
    </message>
    <message>
        <source>The favourite could not be started now.</source>
        <translation>تعذّر بدء المفضّلة الآن.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry: %2</source>
        <translation>لا يمكن قراءة &quot;%1&quot; كإدخال: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry at &quot;%2&quot;: %3</source>
        <translation>لا يمكن قراءة &quot;%1&quot; كإدخال عند &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no end: give a range or a duration, e.g. &quot;9-12:30&quot; or &quot;14:00 1h30&quot;.</source>
        <translation>لا نهاية لـ &quot;%1&quot;: أعطِ مدى أو مدة، مثل &quot;9-12:30&quot; أو &quot;14:00 1h30&quot;.</translation>
    </message>
    <message>
        <source>Kimai did not save the entry.</source>
        <translation>لم يحفظ Kimai الإدخال.</translation>
    </message>
    <message>
        <source>Added: %1, %2.</source>
        <translation>أُضيف: %1، %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>&quot;%1&quot; ليس تاريخًا: %2</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>‏--from ‏(%1) بعد --to ‏(%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Added: %1, %2. Kimai cannot be reached: the entry is kept and sent when Kimai answers.</source>
        <translation>أُضيف: %1، %2. تعذّر الوصول إلى Kimai: يُحفظ الإدخال ويُرسل عندما يستجيب Kimai.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>مرئي</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>قابل للفوترة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
</context>
<context>
    <name>kd::EntryController</name>
    <message>
        <source>This Kimai is in punch-clock mode: begin and end are the moments you start and stop, and only teamleads and administrators may change them.</source>
        <translation>يعمل Kimai هذا بوضع ساعة الحضور: البداية والنهاية هما لحظتا البدء والإيقاف، ولا يغيّرهما إلا قادة الفرق والمسؤولون.</translation>
    </message>
    <message>
        <source>This Kimai&apos;s tracking mode (%1) sets begin and end itself; only teamleads and administrators may change them.</source>
        <translation>وضع التتبع في Kimai هذا (%1) يحدد البداية والنهاية بنفسه؛ ولا يغيّرهما إلا قادة الفرق والمسؤولون.</translation>
    </message>
    <message>
        <source>This entry has been exported (for an invoice or a report) and is locked. Only users allowed to edit exported entries (administrators) can change or delete it.</source>
        <translation>صُدِّر هذا الإدخال (لفاتورة أو تقرير) وهو مقفل. لا يستطيع تغييره أو حذفه إلا المستخدمون المسموح لهم بتحرير الإدخالات المُصدَّرة (المسؤولون).</translation>
    </message>
    <message>
        <source>%1 Kimai may have saved the entry anyway: refresh the list (F5) before saving it again.</source>
        <translation>%1 ربما حفظ Kimai الإدخال رغم ذلك: حدّث القائمة (F5) قبل حفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>لا يسمح Kimai بأوقات في المستقبل.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>This entry belongs to another user. Only users allowed to edit other users&apos; timesheets (teamleads and administrators) can change, duplicate or delete it.</source>
        <translation>هذا الإدخال يخص مستخدمًا آخر. لا يستطيع تغييره أو تكراره أو حذفه إلا المستخدمون المسموح لهم بتحرير سجلات وقت الآخرين (قادة الفرق والمسؤولون).</translation>
    </message>
    <message>
        <source>This Kimai records durations from a fixed begin: Kimai sets the begin (today, at its default begin time) and the entry runs until you stop it; only teamleads and administrators may change begin and end.</source>
        <translation>يسجّل Kimai هذا المُدد ابتداءً من بداية ثابتة: يحدّد Kimai البداية (اليوم، في وقت البدء الافتراضي لديه) ويستمر الإدخال حتى توقفه؛ ولا يحق تغيير البداية والنهاية إلا لقادة الفرق والمسؤولين.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and the offline journal could not keep the change: %1</source>
        <translation>هذا الإدخال ليس في Kimai بعد، ولم يتمكن سجل العمل دون اتصال من الاحتفاظ بالتغيير: %1</translation>
    </message>
</context>
<context>
    <name>kd::EntryDialog</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>type to search (optional)</source>
        <translation>اكتب للبحث (اختياري)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>مفصولة بالفاصلة (,)، مثل: اجتماع, داخلي</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>قابل لل&amp;فوترة</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الو&amp;سوم:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>The entry could not be read: %1</source>
        <translation>تعذرت قراءة الإدخال: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>إدخال جديد</translation>
    </message>
    <message>
        <source>Edit entry #%1</source>
        <translation>تحرير الإدخال رقم %1</translation>
    </message>
    <message>
        <source>Reading the entry…</source>
        <translation>جارٍ قراءة الإدخال…</translation>
    </message>
    <message>
        <source>Duplicate entry #%1</source>
        <translation>تكرار الإدخال رقم %1</translation>
    </message>
    <message>
        <source>Kimai decides whether the entry is billable (from the customer, project and activity).</source>
        <translation>يقرر Kimai ما إذا كان الإدخال قابلًا للفوترة (بحسب العميل والمشروع والنشاط).</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>اختر مشروعًا.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>اختر نشاطًا.</translation>
    </message>
    <message>
        <source>Some of the times cannot be read: nothing was sent.</source>
        <translation>تتعذر قراءة بعض الأوقات: لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This Kimai does not record breaks (break time is switched off).</source>
        <translation>لا يسجل Kimai هذا فترات الاستراحة (وقت الاستراحة معطّل).</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). This is the entry as the list shows it; what you save is kept and sent when Kimai answers.</source>
        <translation>تعذّر الوصول إلى Kimai (%1). هذا هو الإدخال كما تعرضه القائمة؛ ما تحفظه يُحتفظ به ويُرسل عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>This entry has changes that are not in Kimai yet. What you save is kept and sent after them, when Kimai answers.</source>
        <translation>لهذا الإدخال تغييرات ليست في Kimai بعد. ما تحفظه يُحتفظ به ويُرسل بعدها عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>Edit entry (not yet in Kimai)</source>
        <translation>تحرير الإدخال (ليس في Kimai بعد)</translation>
    </message>
    <message>
        <source>Duplicate entry (not yet in Kimai)</source>
        <translation>تكرار الإدخال (ليس في Kimai بعد)</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (لـ %2)</translation>
    </message>
</context>
<context>
    <name>kd::EntryNotices</name>
    <message>
        <source>#%1 is now #%2</source>
        <translation>رقم %1 أصبح رقم %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>حُفظ الإدخال %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries deleted (Ctrl+Z restores them).</source>
        <translation>
            <numerusform>حُذف %n إدخال (Ctrl+Z يستعيدها).</numerusform>
            <numerusform>حُذف إدخال واحد (Ctrl+Z يستعيده).</numerusform>
            <numerusform>حُذف إدخالان (Ctrl+Z يستعيدهما).</numerusform>
            <numerusform>حُذفت %n إدخالات (Ctrl+Z يستعيدها).</numerusform>
            <numerusform>حُذف %n إدخالًا (Ctrl+Z يستعيدها).</numerusform>
            <numerusform>حُذف %n إدخال (Ctrl+Z يستعيدها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored with a new id: %1.</source>
        <translation>استُعيد بمعرّف جديد: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kimai cannot be reached: %n change(s) kept and sent when it answers.</source>
        <translation>
            <numerusform>تعذّر الوصول إلى Kimai: لا تغييرات محفوظة.</numerusform>
            <numerusform>تعذّر الوصول إلى Kimai: تغيير واحد محفوظ يُرسل عندما يستجيب.</numerusform>
            <numerusform>تعذّر الوصول إلى Kimai: تغييران محفوظان يُرسلان عندما يستجيب.</numerusform>
            <numerusform>تعذّر الوصول إلى Kimai: %n تغييرات محفوظة تُرسل عندما يستجيب.</numerusform>
            <numerusform>تعذّر الوصول إلى Kimai: %n تغييرًا محفوظًا يُرسل عندما يستجيب.</numerusform>
            <numerusform>تعذّر الوصول إلى Kimai: %n تغيير محفوظ يُرسل عندما يستجيب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::EntryTimesBox</name>
    <message>
        <source>e.g. yesterday 9-12:30, mon 14:00 1h30</source>
        <translation>مثل أمس 9-12:30، الاثنين 14:00 1h30</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>ال&amp;نهاية</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <source>Brea&amp;k</source>
        <translation>الا&amp;ستراحة</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>e.g. 1h30</source>
        <translation>مثل 1h30</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>The break is not counted as worked time (e.g. 30 or 0:30).</source>
        <translation>لا تُحتسب الاستراحة وقتَ عمل (مثل 30 أو 0:30).</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n يوم</numerusform>
            <numerusform>+يوم واحد</numerusform>
            <numerusform>+يومان</numerusform>
            <numerusform>+%n أيام</numerusform>
            <numerusform>+%n يومًا</numerusform>
            <numerusform>+%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Understood so far: %2</source>
        <translation>%1 ما فُهم حتى الآن: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>الاستراحة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The break is longer than the entry.</source>
        <translation>الاستراحة أطول من الإدخال.</translation>
    </message>
    <message>
        <source>A stopped entry needs an end or a duration.</source>
        <translation>يحتاج الإدخال المتوقف إلى نهاية أو مدة.</translation>
    </message>
</context>
<context>
    <name>kd::ExchangeLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>لم يعد المحتوى محفوظًا.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>kd::ExchangesView</name>
    <message>
        <source>Filter by method, path or status</source>
        <translation>تصفية حسب الطريقة أو المسار أو الحالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>لا جديد ↓</numerusform>
            <numerusform>جديد واحد ↓</numerusform>
            <numerusform>جديدان ↓</numerusform>
            <numerusform>%Ln جديدة ↓</numerusform>
            <numerusform>%Ln جديدًا ↓</numerusform>
            <numerusform>%Ln جديد ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ExportBar</name>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Exporting… page %1 of %2</source>
        <translation>جارٍ التصدير… الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Exporting… page %1</source>
        <translation>جارٍ التصدير… الصفحة %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 حُفظ باسم %2.</translation>
    </message>
</context>
<context>
    <name>kd::Favorites</name>
    <message>
        <source>The favourites could not be read: %1</source>
        <translation>تعذّرت قراءة المفضّلة: %1</translation>
    </message>
    <message>
        <source>The entry could not be made a favourite: %1</source>
        <translation>تعذّرت إضافة الإدخال إلى المفضّلة: %1</translation>
    </message>
    <message>
        <source>The favourite could not be removed: %1</source>
        <translation>تعذّرت إزالة المفضّلة: %1</translation>
    </message>
    <message>
        <source>There are no favourites yet.</source>
        <translation>لا توجد مفضّلة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>There is no favourite %1: there are %n favourite(s).</source>
        <translation>
            <numerusform>لا توجد مفضّلة رقم %1: لا توجد أي مفضّلة.</numerusform>
            <numerusform>لا توجد مفضّلة رقم %1: توجد مفضّلة واحدة.</numerusform>
            <numerusform>لا توجد مفضّلة رقم %1: توجد مفضّلتان.</numerusform>
            <numerusform>لا توجد مفضّلة رقم %1: توجد %n مفضّلات.</numerusform>
            <numerusform>لا توجد مفضّلة رقم %1: توجد %n مفضّلة.</numerusform>
            <numerusform>لا توجد مفضّلة رقم %1: توجد %n مفضّلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No favourite is called &quot;%1&quot;.</source>
        <translation>لا توجد مفضّلة باسم «%1».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n favourites; use the number.</source>
        <translation>
            <numerusform>«%1» يطابق %n مفضّلة؛ استخدم الرقم.</numerusform>
            <numerusform>«%1» يطابق مفضّلة واحدة؛ استخدم الرقم.</numerusform>
            <numerusform>«%1» يطابق مفضّلتين؛ استخدم الرقم.</numerusform>
            <numerusform>«%1» يطابق %n مفضّلات؛ استخدم الرقم.</numerusform>
            <numerusform>«%1» يطابق %n مفضّلة؛ استخدم الرقم.</numerusform>
            <numerusform>«%1» يطابق %n مفضّلة؛ استخدم الرقم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FavoritesMenu</name>
    <message>
        <source>Favourites</source>
        <translation>المفضّلة</translation>
    </message>
    <message>
        <source>Reading the favourites…</source>
        <translation>جارٍ قراءة المفضّلة…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Start a timer for this favourite</source>
        <translation>بدء مؤقت لهذه المفضّلة</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>لا توجد مفضّلة بعد</translation>
    </message>
    <message>
        <source>Add “%1” to the favourites</source>
        <translation>إضافة «%1» إلى المفضّلة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Kept on this computer (this Kimai has no favourites)</source>
        <translation>محفوظة على هذا الحاسوب (لا يدعم Kimai هذا المفضّلة)</translation>
    </message>
</context>
<context>
    <name>kd::HoursChart</name>
    <message>
        <source>The chart plugin was not found (looked for %1).</source>
        <translation>لم يُعثر على ملحق المخطط (بُحث عن %1).</translation>
    </message>
    <message>
        <source>The chart plugin %1 is not the one this Kimai Desk needs.</source>
        <translation>ملحق المخطط %1 ليس الذي يحتاجه Kimai Desk هذا.</translation>
    </message>
</context>
<context>
    <name>kd::I18nTab</name>
    <message>
        <source>i18n</source>
        <translation>i18n</translation>
    </message>
    <message>
        <source>Formats from /api/config/i18n (Kimai 1.x)</source>
        <translation>التنسيقات من ‎/api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>24-hour clock</source>
        <translation>نظام 24 ساعة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>وقت الخادم</translation>
    </message>
    <message>
        <source>This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. Kimai 2 takes language, locale and timezone from the user profile instead:</source>
        <translation>لا يوفّر هذا الخادم ‎/api/config/i18n: فقد أُزيلت نقطة النهاية هذه في Kimai 2.0. يأخذ Kimai 2 بدلًا من ذلك اللغة والإعدادات المحلية والمنطقة الزمنية من ملف المستخدم الشخصي:</translation>
    </message>
    <message>
        <source>Your Kimai profile (/api/users/me)</source>
        <translation>ملفك الشخصي في Kimai (‎/api/users/me)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>الإعدادات المحلية</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Timesheet configuration (/api/config/timesheet)</source>
        <translation>إعدادات سجلات الوقت (‎/api/config/timesheet)</translation>
    </message>
    <message>
        <source>Tracking mode</source>
        <translation>وضع التتبّع</translation>
    </message>
    <message>
        <source>Default begin time</source>
        <translation>وقت البدء الافتراضي</translation>
    </message>
    <message>
        <source>Running entries allowed</source>
        <translation>السجلات الجارية المسموح بها</translation>
    </message>
    <message>
        <source>Future times allowed</source>
        <translation>السماح بأوقات مستقبلية</translation>
    </message>
    <message>
        <source>Overlapping entries allowed</source>
        <translation>السماح بسجلات متداخلة</translation>
    </message>
    <message>
        <source>How Kimai Desk formats for locale %1</source>
        <translation>كيف ينسّق Kimai Desk للإعدادات المحلية %1</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>التاريخ الطويل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s agree (within a second).</source>
        <translation>ساعة الخادم وساعة هذا الحاسوب متطابقتان (بفارق أقل من ثانية).</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>ساعة الخادم متقدمة بمقدار %1 ث عن ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>ساعة الخادم متأخرة بمقدار %1 ث عن ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Server time now: %1 (%2)</source>
        <translation>وقت الخادم الآن: %1 (%2)</translation>
    </message>
    <message>
        <source>Date in forms</source>
        <translation>التاريخ في النماذج</translation>
    </message>
</context>
<context>
    <name>kd::IdleQuestionWindow</name>
    <message>
        <source>You were away — Kimai Desk</source>
        <translation>كنت غائبًا — Kimai Desk</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>استمر المؤقت في العمل أثناء غيابك</translation>
    </message>
    <message>
        <source>Closing this window keeps the time.</source>
        <translation>إغلاق هذه النافذة يُبقي الوقت كما هو.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>اختر مشروعًا</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>اختر نشاطًا</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <source>e.g. Team meeting</source>
        <translation>مثلًا: اجتماع الفريق</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Book the time there</source>
        <translation>&amp;تسجيل الوقت هناك</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>قيد التشغيل: %1</translation>
    </message>
    <message>
        <source>Choose the project and the activity to book the time on.</source>
        <translation>اختر المشروع والنشاط اللذين يُسجَّل عليهما الوقت.</translation>
    </message>
</context>
<context>
    <name>kd::InspectorPane</name>
    <message>
        <source>API console</source>
        <translation>وحدة تحكم API</translation>
    </message>
    <message>
        <source>Send your own request to Kimai&apos;s API and inspect the answer</source>
        <translation>أرسل طلبك الخاص إلى API الخاص بـ Kimai وافحص الإجابة</translation>
    </message>
</context>
<context>
    <name>kd::Journal</name>
    <message>
        <source>The journal&apos;s folder could not be created</source>
        <translation>تعذّر إنشاء مجلد السجل</translation>
    </message>
    <message>
        <source>The journal file could not be opened</source>
        <translation>تعذّر فتح ملف السجل</translation>
    </message>
    <message>
        <source>The journal file could not be set up</source>
        <translation>تعذّرت تهيئة ملف السجل</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>السجل غير مفتوح</translation>
    </message>
    <message>
        <source>The journal could not be written</source>
        <translation>تعذّرت الكتابة في السجل</translation>
    </message>
    <message>
        <source>The action is no longer waiting</source>
        <translation>لم يعد الإجراء في الانتظار</translation>
    </message>
    <message>
        <source>The action is not in the journal</source>
        <translation>الإجراء غير موجود في السجل</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>تعذّرت قراءة ملف السجل: %1</translation>
    </message>
    <message>
        <source>The journal file was written by a newer version of Kimai Desk (format %1; this version knows up to %2). It was left unchanged.</source>
        <translation>كُتب ملف السجل بإصدار أحدث من Kimai Desk (التنسيق %1؛ يعرف هذا الإصدار التنسيقات حتى %2). تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>Updating the journal file to format %1 failed: %2</source>
        <translation>فشل تحديث ملف السجل إلى التنسيق %1: %2</translation>
    </message>
</context>
<context>
    <name>kd::JsonFormatter</name>
    <message>
        <source>The text ends inside a string.</source>
        <translation>ينتهي النص داخل سلسلة نصية.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>تسلسل هروب غير صالح في سلسلة نصية.</translation>
    </message>
    <message>
        <source>Control character inside a string.</source>
        <translation>حرف تحكم داخل سلسلة نصية.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>رقم غير صالح.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>حرف غير متوقع.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>يُتوقع مفتاح بين علامتي اقتباس مزدوجتين.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key.</source>
        <translation>يُتوقع &apos;:&apos; بعد المفتاح.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation>يُتوقع &apos;,&apos; أو &apos;}&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation>يُتوقع &apos;,&apos; أو &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON value.</source>
        <translation>بيانات غير متوقعة بعد نهاية قيمة JSON.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>المحتوى فارغ.</translation>
    </message>
    <message>
        <source>The text ends before the JSON value is complete.</source>
        <translation>ينتهي النص قبل اكتمال قيمة JSON.</translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message>
        <source>Save Body</source>
        <translation>حفظ المحتوى</translation>
    </message>
    <message>
        <source>JSON files (*.json);;Text files (*.txt);;All files (*)</source>
        <translation>ملفات JSON (*.json);;ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>خام</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>التطابق التالي (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the formatted body to the clipboard</source>
        <translation>نسخ المحتوى المنسّق إلى الحافظة</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>نسخ القيمة</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Select a request to inspect it.</source>
        <translation>اختر طلبًا لفحصه.</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>لم يعد المحتوى محفوظًا.</translation>
    </message>
    <message>
        <source>The body is no longer kept: the log keeps only the bodies of the latest requests.</source>
        <translation>لم يعد المحتوى محفوظًا: يحتفظ السجل بمحتوى أحدث الطلبات فقط.</translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation>لم تُستلم أي استجابة.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>لا تحتوي الاستجابة على محتوى.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept.</source>
        <translation>احتُفظ بأول %1 فقط من أصل %2.</translation>
    </message>
    <message>
        <source>This body is %1, larger than %2: the inspector shows plain text only.</source>
        <translation>حجم هذا المحتوى %1، وهو أكبر من %2: لذا يعرض الفاحص نصًا عاديًا فقط.</translation>
    </message>
    <message>
        <source>The response is HTML; it is shown as plain text.</source>
        <translation>الاستجابة بتنسيق HTML؛ وتُعرض كنص عادي.</translation>
    </message>
    <message>
        <source>The body is not JSON; it is shown as plain text.</source>
        <translation>المحتوى ليس JSON؛ ويُعرض كنص عادي.</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>جارٍ التنسيق…</translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation>جارٍ بناء الشجرة…</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>المحتوى ليس JSON.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا استجابة</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 مللي ثانية · %2</translation>
    </message>
    <message>
        <source>No request headers.</source>
        <translation>لا توجد ترويسات للطلب.</translation>
    </message>
    <message>
        <source>No request body.</source>
        <translation>لا يوجد محتوى للطلب.</translation>
    </message>
    <message numerus="yes">
        <source>Request (%Ln header(s))</source>
        <translation>
            <numerusform>الطلب (%Ln ترويسة)</numerusform>
            <numerusform>الطلب (%Ln ترويسة)</numerusform>
            <numerusform>الطلب (%Ln ترويستان)</numerusform>
            <numerusform>الطلب (%Ln ترويسات)</numerusform>
            <numerusform>الطلب (%Ln ترويسة)</numerusform>
            <numerusform>الطلب (%Ln ترويسة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%Ln)</source>
        <translation>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
            <numerusform>ترويسات الاستجابة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.</source>
        <translation>JSON غير صالح عند البايت %1: %2 الجزء السابق منسّق؛ ويُعرض الباقي كما استُلم.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The body could not be parsed as JSON, so there is no tree.</source>
        <translation>تعذّر تحليل المحتوى كـ JSON، لذا لا توجد شجرة.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا توجد تطابقات</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>نسخ كأمر curl</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the token is left out as $KIMAI_TOKEN</source>
        <translation>انسخ هذا الطلب كأمر curl؛ يُستبدل الرمز بـ ‎$KIMAI_TOKEN‎</translation>
    </message>
</context>
<context>
    <name>kd::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>منطقي</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The system keychain reported: %1</source>
        <translation>أبلغت سلسلة مفاتيح النظام: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>مدير بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>سلسلة مفاتيح النظام (Secret Service)</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (reading it back gave a different value).</source>
        <translation>لم تحتفظ سلسلة مفاتيح النظام بالرمز (أعادت القراءة قيمة مختلفة).</translation>
    </message>
</context>
<context>
    <name>kd::LegacyBanner</name>
    <message>
        <source>Create an API token…</source>
        <translation>إنشاء رمز API…</translation>
    </message>
    <message>
        <source>Opens your API token page of this Kimai in the browser</source>
        <translation>يفتح صفحة رموز API الخاصة بك في Kimai هذا في المتصفح</translation>
    </message>
    <message>
        <source>Hide this notice until the next login</source>
        <translation>إخفاء هذا التنبيه حتى تسجيل الدخول التالي</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kimai is removing API passwords — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai %1 answers every request made with one 200 to 500 ms late, and Kimai 3.0 refuses them. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;يزيل Kimai كلمات مرور API — أنشئ رمز API.&lt;/b&gt; أنت مسجّل الدخول بكلمة مرور API: يجيب Kimai %1 على كل طلب يُرسل بها متأخرًا من 200 إلى 500 مللي ثانية، ويرفضها Kimai 3.0. أنشئ رمزًا، ثم سجّل الدخول مجددًا بطريقة «رمز API (Bearer)».</translation>
    </message>
    <message>
        <source>&lt;b&gt;API passwords are deprecated — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai deprecated them in version 2.14, slows them down from 2.54 and refuses them from 3.0. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;كلمات مرور API مهملة — أنشئ رمز API.&lt;/b&gt; أنت مسجّل الدخول بكلمة مرور API: أهملها Kimai في الإصدار 2.14، ويبطئها بدءًا من 2.54 ويرفضها بدءًا من 3.0. أنشئ رمزًا، ثم سجّل الدخول من جديد بالطريقة «رمز API (Bearer)».</translation>
    </message>
</context>
<context>
    <name>kd::LoginController</name>
    <message>
        <source>%1 %2 → no answer: %3</source>
        <translation>%1 %2 → لا استجابة: %3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation>%1 %2 → %3 · %4 مللي ثانية</translation>
    </message>
    <message>
        <source>The API password method needs your Kimai username.</source>
        <translation>تتطلب طريقة «كلمة مرور API» اسم المستخدم في Kimai.</translation>
    </message>
    <message>
        <source>This address uses plain http: your API token would travel unencrypted over the network. Use https, or confirm that you accept this for this server.</source>
        <translation>يستخدم هذا العنوان http غير المشفّر: سينتقل رمز API الخاص بك عبر الشبكة دون تشفير. استخدم https، أو أكّد أنك تقبل ذلك لهذا الخادم.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>أدخل رمز API الخاص بك.</translation>
    </message>
    <message>
        <source>Enter your API token (create one in Kimai under your profile → API access).</source>
        <translation>أدخل رمز API الخاص بك (أنشئ رمزًا في Kimai من ملفك الشخصي ← الوصول إلى API).</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the stored token cannot be read. Enter your API token; it will be kept for this session only.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا تتعذّر قراءة الرمز المحفوظ. أدخل رمز API الخاص بك؛ وسيُحتفظ به لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (or it is locked). Unlock it, or enter your API token.</source>
        <translation>رُفض الوصول إلى سلسلة المفاتيح (أو أنها مقفلة). افتح قفلها أو أدخل رمز API الخاص بك.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will need to enter it again next time.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام: يُحتفظ بالرمز لهذه الجلسة فقط وسيتعيّن عليك إدخاله مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>There is no saved server to forget a token for.</source>
        <translation>لا يوجد خادم محفوظ لنسيان رمزه.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>تعذّرت إزالة الرمز: %1</translation>
    </message>
    <message>
        <source>No system keychain is configured.</source>
        <translation>لم تُعدّ أي سلسلة مفاتيح للنظام.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>جارٍ قراءة الرمز من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this server any more. Enter your API token.</source>
        <translation>لم يعد في سلسلة المفاتيح رمز محفوظ لهذا الخادم. أدخل رمز API الخاص بك.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1). It is kept for this session only.</source>
        <translation>تعذّر حفظ الرمز في سلسلة المفاتيح (%1). يُحتفظ به لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>أُزيل الرمز من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) answers on this computer.</source>
        <translation>لا تستجيب أي سلسلة مفاتيح للنظام (Secret Service) على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). Working offline with what was known on %2: changes are kept on this computer and sent when Kimai answers.</source>
        <translation>لا يمكن الوصول إلى Kimai (%1). العمل دون اتصال بما كان معروفًا في %2: تُحفظ التغييرات على هذا الحاسوب وتُرسل عندما يستجيب Kimai.</translation>
    </message>
    <message>
        <source>Logged in with an API password. Kimai deprecated API passwords in version 2.14, answers every request made with one 200 to 500 ms late since 2.54, and removes them in 3.0. Create an API token in Kimai (your profile → API access → Create) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>تم تسجيل الدخول بكلمة مرور API. أوقف Kimai دعم كلمات مرور API في الإصدار 2.14، ويجيب منذ 2.54 على كل طلب يُرسل بها متأخرًا من 200 إلى 500 مللي ثانية، ويزيلها في 3.0. أنشئ رمز API في Kimai (ملفك الشخصي ← الوصول إلى API ← إنشاء) وسجّل الدخول بطريقة «رمز API (Bearer)».</translation>
    </message>
</context>
<context>
    <name>kd::LoginPage</name>
    <message>
        <source>Log in to Kimai</source>
        <translation>تسجيل الدخول إلى Kimai</translation>
    </message>
    <message>
        <source>Enter the address of your Kimai and an API token. Create a token in Kimai under your profile → API access.</source>
        <translation>أدخل عنوان Kimai الخاص بك ورمز API. أنشئ رمزًا في Kimai من ملفك الشخصي ← الوصول إلى API.</translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation>خادم محفوظ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this saved server and its stored token</source>
        <translation>إزالة هذا الخادم المحفوظ والرمز المخزّن له</translation>
    </message>
    <message>
        <source>&amp;Saved server:</source>
        <translation>&amp;خادم محفوظ:</translation>
    </message>
    <message>
        <source>https://kimai.example.com</source>
        <translation>https://kimai.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>needed for the API password method</source>
        <translation>مطلوب لطريقة «كلمة مرور API»</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>إظهار الرمز</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>إظهار الرمز أو إخفاؤه</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>إخفاء الرمز</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;رمز API:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>API token (Bearer, Kimai 2.14+)</source>
        <translation>رمز API (Bearer، Kimai 2.14+)</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>كلمة مرور API (قديمة، X-AUTH)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>طريقة المصادقة</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;الطريقة:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;تذكّر الرمز في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>سجل الاتصال</translation>
    </message>
    <message>
        <source>Each request of Test connection and Log in appears here with its status and time.</source>
        <translation>يظهر هنا كل طلب من «اختبار الاتصال» و«تسجيل الدخول» مع حالته ومدته.</translation>
    </message>
    <message>
        <source>Connection works: Kimai %1, signed in as %2.</source>
        <translation>الاتصال يعمل: Kimai %1، مسجّل الدخول باسم %2.</translation>
    </message>
    <message>
        <source>✔ Test passed.</source>
        <translation>✔ نجح الاختبار.</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>خادم جديد…</translation>
    </message>
    <message>
        <source>paste your API token</source>
        <translation>الصق رمز API الخاص بك</translation>
    </message>
    <message>
        <source>stored in the system keychain — leave empty to use it</source>
        <translation>محفوظ في سلسلة مفاتيح النظام — اتركه فارغًا لاستخدامه</translation>
    </message>
    <message>
        <source>The saved server was removed.</source>
        <translation>أُزيل الخادم المحفوظ.</translation>
    </message>
    <message>
        <source>— Test connection —</source>
        <translation>— اختبار الاتصال —</translation>
    </message>
    <message>
        <source>— Log in —</source>
        <translation>— تسجيل الدخول —</translation>
    </message>
    <message>
        <source>Use an https:// address to keep your token private.</source>
        <translation>استخدم عنوان https://‎ للحفاظ على سرية رمزك.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>جارٍ اختبار الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>جارٍ تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>جارٍ حفظ الرمز في سلسلة مفاتيح النظام…</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Trusting the certificate for this server and trying again…</source>
        <translation>جارٍ الوثوق بالشهادة لهذا الخادم وإعادة المحاولة…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>اختبار ا&amp;لاتصال</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token will be kept for this session only — Kimai Desk never writes it to a file.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام، لذا سيُحتفظ بالرمز لهذه الجلسة فقط — ولا يكتبه Kimai Desk أبدًا في ملف.</translation>
    </message>
    <message>
        <source>paste your new API token</source>
        <translation>الصق رمز API الجديد</translation>
    </message>
    <message>
        <source>Kimai is removing API passwords: create an API token in Kimai (your profile → API access) and paste it here. The stored API password still works with the method &quot;API password (legacy X-AUTH)&quot;.</source>
        <translation>يزيل Kimai كلمات مرور API: أنشئ رمز API في Kimai (ملفك الشخصي ← الوصول إلى API) والصقه هنا. لا تزال كلمة مرور API المحفوظة تعمل بطريقة «كلمة مرور API (قديمة، X-AUTH)».</translation>
    </message>
</context>
<context>
    <name>kd::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;نسيان الرمز</translation>
    </message>
    <message>
        <source>Delete this server&apos;s token from the system keychain</source>
        <translation>حذف رمز هذا الخادم من سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>المؤ&amp;قت</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;بدء…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>&amp;Restart last</source>
        <translation>إعادة تشغيل الأ&amp;خير</translation>
    </message>
    <message>
        <source>Re&amp;load running timer</source>
        <translation>إعادة &amp;تحميل المؤقت الجاري</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation>بحث في &amp;JSON</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>JSON &amp;inspector</source>
        <translation>&amp;فاحص JSON</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Kimai Desk</source>
        <translation>&amp;حول Kimai Desk</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>إدخال &amp;جديد…</translation>
    </message>
    <message>
        <source>Add an entry with its times (a meeting you forgot to start)</source>
        <translation>إضافة إدخال بأوقاته (اجتماع نسيت بدء مؤقته)</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Exchanges</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>%1 (token in keychain)</source>
        <translation>%1 (الرمز في سلسلة المفاتيح)</translation>
    </message>
    <message>
        <source>%1 (token for this session only)</source>
        <translation>%1 (الرمز لهذه الجلسة فقط)</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>جارٍ تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>Not connected (login failed)</source>
        <translation>غير متصل (فشل تسجيل الدخول)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>%1@%2 — Kimai Desk</source>
        <translation>%1@%2 — Kimai Desk</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the token. Log in again; %n change(s) wait and are sent after the login.</source>
        <translation>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
            <numerusform>رفض Kimai الرمز. سجّل الدخول مجددًا؛ تغييرات تنتظر وتُرسل بعد تسجيل الدخول: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Kimai could not be reached at the login. Shown is what was known on %1; changes are kept on this computer and sent when Kimai answers.</source>
        <translation>تعذّر الوصول إلى Kimai عند تسجيل الدخول. المعروض هو ما كان معروفًا في %1؛ تُحفظ التغييرات على هذا الحاسوب وتُرسل عندما يستجيب Kimai.</translation>
    </message>
</context>
<context>
    <name>kd::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>هذه الجلسة فقط</translation>
    </message>
</context>
<context>
    <name>kd::ModelFormat</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>kd::NoticeWindow</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>kd::OfflineChangesDialog</name>
    <message>
        <source>Changes not yet in Kimai</source>
        <translation>تغييرات لم تصل إلى Kimai بعد</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Every change is in Kimai.</source>
        <translation>كل التغييرات موجودة في Kimai.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>may have reached Kimai already: it is looked up before it is sent again</source>
        <translation>ربما وصل إلى Kimai بالفعل: يُبحث عنه قبل إرساله مرة أخرى</translation>
    </message>
    <message>
        <source>Noted %1</source>
        <translation>سُجّل في %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>لا شيء في الانتظار.</translation>
    </message>
</context>
<context>
    <name>kd::OfflineStatus</name>
    <message>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Kimai cannot be reached. Your changes are kept on this computer and sent, with the times you made them, as soon as Kimai answers.</source>
        <translation>لا يمكن الوصول إلى Kimai. تُحفظ تغييراتك على هذا الحاسوب وتُرسل بالأوقات التي أجريتها فيها فور استجابة Kimai.</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>يحتاج إلى انتباهك…</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>عرض التغييرات…</translation>
    </message>
</context>
<context>
    <name>kd::OfflineWork</name>
    <message numerus="yes">
        <source>%n change(s) waiting for Kimai</source>
        <translation>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
            <numerusform>تغييرات في انتظار Kimai: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention, %1 waiting</source>
        <translation>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n، وفي الانتظار: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>المشروع %1</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>النشاط %1</translation>
    </message>
    <message>
        <source>the entry started offline</source>
        <translation>الإدخال الذي بدأ دون اتصال</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>الإدخال %1</translation>
    </message>
    <message>
        <source>Start %1 at %2</source>
        <translation>بدء %1 في %2</translation>
    </message>
    <message>
        <source>Stop %1 at %2</source>
        <translation>إيقاف %1 في %2</translation>
    </message>
    <message>
        <source>New entry %1, %2 to %3</source>
        <translation>إدخال جديد %1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>kd::PickerField</name>
    <message>
        <source>global</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message>
        <source>No pings yet</source>
        <translation>لا توجد عمليات ping بعد</translation>
    </message>
    <message>
        <source>max %1 ms</source>
        <translation>الأقصى %1 مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln ping(s)</source>
        <translation>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
            <numerusform>آخر عمليات ping: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message>
        <source>Ping again</source>
        <translation>إرسال ping مجددًا</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>التكرار كل</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Repeat interval in seconds</source>
        <translation>فاصل التكرار بالثواني</translation>
    </message>
    <message>
        <source>The server answered:</source>
        <translation>أجاب الخادم:</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The last ping failed.</source>
        <translation>فشلت آخر عملية ping.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>زمن الذهاب والإياب: %1 مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s), none answered.</source>
        <translation>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
            <numerusform>عمليات ping: %Ln، ولم تُجب أي منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
            <numerusform>عمليات ping: %Ln · الأدنى %1 مللي ثانية · المتوسط %2 مللي ثانية · الأقصى %3 مللي ثانية · الفاشلة: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer the last ping.</source>
        <translation>لم يُجب الخادم على آخر ping.</translation>
    </message>
</context>
<context>
    <name>kd::ProjectModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم أمر الشراء</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>مرئي</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>قابل للفوترة</translation>
    </message>
    <message>
        <source>Global activities</source>
        <translation>الأنشطة العامة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاريخ أمر الشراء</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
</context>
<context>
    <name>kd::RangeLoader</name>
    <message>
        <source>Loading the timesheets was cancelled.</source>
        <translation>أُلغي تحميل سجلات الوقت.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>غير متصل بخادم Kimai.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>%1 of the timesheets could not be loaded: %2</source>
        <translation>تعذّر تحميل %1 من سجلات الوقت: %2</translation>
    </message>
</context>
<context>
    <name>kd::RetryEditor</name>
    <message>
        <source>#%1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>تعديل وإعادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <source>&amp;Begin:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>أرسل مجددًا</translation>
    </message>
</context>
<context>
    <name>kd::Screenshotter</name>
    <message>
        <source>Timed out waiting for the window to load.</source>
        <translation>انتهت مهلة انتظار تحميل النافذة.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>تعذّرت كتابة لقطة الشاشة إلى %1.</translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>A new language applies the next time Kimai Desk starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل التالي لـ Kimai Desk.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Re-read the running timer every:</source>
        <translation>إعادة قراءة المؤقت الجاري كل:</translation>
    </message>
    <message>
        <source>Closing the window keeps Kimai Desk in the tray</source>
        <translation>إغلاق النافذة يُبقي Kimai Desk في علبة النظام</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>لا يحتوي سطح المكتب هذا على علبة نظام.</translation>
    </message>
    <message>
        <source>Show a desktop notification when a timer starts or stops from the tray or a command</source>
        <translation>إظهار إشعار على سطح المكتب عند بدء مؤقت أو إيقافه من علبة النظام أو عبر أمر</translation>
    </message>
    <message>
        <source>Start Kimai Desk when I log in</source>
        <translation>تشغيل Kimai Desk عند تسجيل دخولي إلى الحاسوب</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Network timeout (no data for):</source>
        <translation>مهلة الشبكة (دون بيانات لمدة):</translation>
    </message>
    <message>
        <source>Maximum response size:</source>
        <translation>أقصى حجم للاستجابة:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>تتبّع الوقت</translation>
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Timer started</source>
        <translation>بدأ المؤقت</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>توقف المؤقت</translation>
    </message>
</context>
<context>
    <name>kd::SleepMonitor</name>
    <message>
        <source>Stopping the running timer before the computer sleeps</source>
        <translation>إيقاف المؤقت الجاري قبل أن يدخل الحاسوب في وضع السكون</translation>
    </message>
</context>
<context>
    <name>kd::StartDialog</name>
    <message>
        <source>Start a timer</source>
        <translation>بدء مؤقت</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>مفصولة بالفاصلة (,)، مثل: اجتماع, داخلي</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الو&amp;سوم:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Edit the running timer</source>
        <translation>تعديل المؤقت الجاري</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (عام)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>اختر مشروعًا.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>اختر نشاطًا.</translation>
    </message>
    <message>
        <source>%1 starts. The server records the start time.</source>
        <translation>اضغط %1 للبدء. يسجّل الخادم وقت البدء.</translation>
    </message>
    <message>
        <source>%1 saves the changes.</source>
        <translation>%1 يحفظ التغييرات.</translation>
    </message>
</context>
<context>
    <name>kd::Sync</name>
    <message>
        <source>The entry this change belongs to was never created in Kimai.</source>
        <translation>لم يُنشأ في Kimai قط الإدخالُ الذي ينتمي إليه هذا التغيير.</translation>
    </message>
    <message>
        <source>Entry %1 no longer exists in Kimai: it was deleted there.</source>
        <translation>لم يعد الإدخال %1 موجودًا في Kimai: لقد حُذف هناك.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>الإدخال %1</translation>
    </message>
    <message>
        <source>Kimai already runs %1, started %2 (entry %3).</source>
        <translation>يعمل مؤقت بالفعل في Kimai: %1، بدأ في %2 (الإدخال %3).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to Kimai…</source>
        <translation>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
            <numerusform>التغييرات قيد الإرسال إلى Kimai: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
            <numerusform>غير متصل — تغييرات في الانتظار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log in again to send %n waiting change(s)</source>
        <translation>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
            <numerusform>سجّل الدخول مجددًا لإرسال التغييرات المنتظرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
            <numerusform>تغييرات تحتاج إلى انتباهك: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Another timer is running in Kimai</source>
        <translation>مؤقت آخر يعمل في Kimai</translation>
    </message>
    <message>
        <source>Deleted in Kimai</source>
        <translation>حُذف في Kimai</translation>
    </message>
    <message>
        <source>Refused by Kimai</source>
        <translation>رفضه Kimai</translation>
    </message>
    <message>
        <source>Keep both running</source>
        <translation>إبقاء الاثنين قيد التشغيل</translation>
    </message>
    <message>
        <source>Stop the other timer when mine started</source>
        <translation>إيقاف المؤقت الآخر عند بدء مؤقتي</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>إنشاؤه من جديد</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>تعديل وإعادة المحاولة</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>تجاهل تغييري</translation>
    </message>
</context>
<context>
    <name>kd::TabPage</name>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>kd::TagEnsurer</name>
    <message>
        <source>you may not create tags on this Kimai (an administrator can create them for you, or allow you to create tags)</source>
        <translation>لا يُسمح لك بإنشاء وسوم في Kimai هذا (يمكن لمسؤول أن ينشئها لك أو أن يسمح لك بإنشائها)</translation>
    </message>
    <message>
        <source>Kimai refused the name: %1</source>
        <translation>رفض Kimai الاسم: %1</translation>
    </message>
    <message>
        <source>the tag could not be created: %1</source>
        <translation>تعذر إنشاء الوسم: %1</translation>
    </message>
    <message>
        <source>Kimai did not keep them (it ignores tag names it does not know)</source>
        <translation>لم يحتفظ بها Kimai (فهو يتجاهل أسماء الوسوم التي لا يعرفها)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not saved (%1): %2.</source>
        <translation>
            <numerusform>لم يُحفظ %n وسم (%1): %2.</numerusform>
            <numerusform>لم يُحفظ وسم واحد (%1): %2.</numerusform>
            <numerusform>لم يُحفظ وسمان (%1): %2.</numerusform>
            <numerusform>لم تُحفظ %n وسوم (%1): %2.</numerusform>
            <numerusform>لم يُحفظ %n وسمًا (%1): %2.</numerusform>
            <numerusform>لم يُحفظ %n وسم (%1): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TargetProgress</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Progress towards today&apos;s target</source>
        <translation>التقدم نحو هدف اليوم</translation>
    </message>
    <message>
        <source>Progress towards this week&apos;s target</source>
        <translation>التقدم نحو هدف هذا الأسبوع</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <translation>اليوم %1 من %2 س</translation>
    </message>
    <message>
        <source>This week %1 of %2 h</source>
        <translation>هذا الأسبوع %1 من %2 س</translation>
    </message>
    <message>
        <source>Today: %1 of %2 h (%3 %)</source>
        <translation>اليوم: %1 من %2 س (%3 %)</translation>
    </message>
    <message>
        <source>This week: %1 of %2 h (%3 %)</source>
        <translation>هذا الأسبوع: %1 من %2 س (%3 %)</translation>
    </message>
</context>
<context>
    <name>kd::TimeInput</name>
    <message>
        <source>Nothing was typed.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>“%1” is not understood here.</source>
        <translation>«%1» غير مفهوم هنا.</translation>
    </message>
    <message>
        <source>Something is missing at the end.</source>
        <translation>ينقص شيء في النهاية.</translation>
    </message>
    <message>
        <source>Hours go from 0 to 23 (1 to 12 with am or pm).</source>
        <translation>الساعات من 0 إلى 23 (من 1 إلى 12 مع ص أو م).</translation>
    </message>
    <message>
        <source>Minutes and seconds are two digits from 00 to 59.</source>
        <translation>الدقائق والثواني رقمان من 00 إلى 59.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>لا يوجد تاريخ كهذا.</translation>
    </message>
    <message>
        <source>The end time is missing.</source>
        <translation>وقت الانتهاء مفقود.</translation>
    </message>
    <message>
        <source>The end must be after the begin.</source>
        <translation>يجب أن تكون النهاية بعد البداية.</translation>
    </message>
    <message>
        <source>A time is missing after the date.</source>
        <translation>ينقص وقت بعد التاريخ.</translation>
    </message>
</context>
<context>
    <name>kd::TimeKeepingPage</name>
    <message>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>الابتعاد عن الحاسوب</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>never (idle detection off)</source>
        <translation>أبدًا (كشف الخمول متوقف)</translation>
    </message>
    <message>
        <source>Ask when I come back after being idle for more than:</source>
        <translation>اسألني عند عودتي بعد خمول أطول من:</translation>
    </message>
    <message>
        <source>Stop the timer at that moment</source>
        <translation>إيقاف المؤقت في تلك اللحظة</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>إبقاؤه قيد التشغيل</translation>
    </message>
    <message>
        <source>Ask when I&apos;m back</source>
        <translation>اسألني عند عودتي</translation>
    </message>
    <message>
        <source>When the screen is &amp;locked:</source>
        <translation>عند &amp;قفل الشاشة:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>عند &amp;سكون الحاسوب:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>اسألني</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>إيقاف المؤقت</translation>
    </message>
    <message>
        <source>Keep it running on the server</source>
        <translation>إبقاؤه قيد التشغيل على الخادم</translation>
    </message>
    <message>
        <source>When I &amp;quit Kimai Desk:</source>
        <translation>عند &amp;إنهاء Kimai Desk:</translation>
    </message>
    <message>
        <source>Logging out of the desktop asks nothing: it stops the timer when this says “Stop the timer” and keeps it running otherwise.</source>
        <translation>تسجيل الخروج من سطح المكتب لا يسأل شيئًا: يوقف المؤقت إذا كان الاختيار هنا «إيقاف المؤقت»، ويُبقيه قيد التشغيل في غير ذلك.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Remind me when a timer has run for more than:</source>
        <translation>ذكّرني عندما يعمل مؤقت أكثر من:</translation>
    </message>
    <message>
        <source>Remind me when no timer runs during my working hours, every</source>
        <translation>ذكّرني عندما لا يعمل أي مؤقت خلال ساعات عملي، كل</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>أيام العمل:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>ساعات العمل:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Hours a &amp;day:</source>
        <translation>ساعات في ال&amp;يوم:</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>ساعات في الأ&amp;سبوع:</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s totals show in the timer bar and the tray.</source>
        <translation>يظهر مجموع اليوم ومجموع هذا الأسبوع في شريط المؤقت وفي علبة النظام.</translation>
    </message>
    <message>
        <source>Notify me at 90 % and at 100 % of the day&apos;s target</source>
        <translation>أعلمني عند 90 % و100 % من هدف اليوم</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>يأتي وقت الخمول من %1.</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s idle time…</source>
        <translation>جارٍ البحث عن وقت خمول سطح المكتب…</translation>
    </message>
    <message>
        <source>Idle detection is not available on this Wayland session: it offers neither GNOME&apos;s idle monitor nor the screen saver&apos;s idle time. Screen lock and sleep still work.</source>
        <translation>كشف الخمول غير متاح في جلسة Wayland هذه: فهي لا توفّر مراقب الخمول في GNOME ولا وقت خمول شاشة التوقف. يبقى قفل الشاشة والسكون يعملان.</translation>
    </message>
    <message>
        <source>Idle detection is not available on this desktop: no idle source answered. Screen lock and sleep still work.</source>
        <translation>كشف الخمول غير متاح على سطح المكتب هذا: لم يُجب أي مصدر للخمول. يبقى قفل الشاشة والسكون يعملان.</translation>
    </message>
    <message>
        <source>Ask in a desktop notification too (the question&apos;s window always opens)</source>
        <translation>اسأل أيضًا في إشعار على سطح المكتب (نافذة السؤال تُفتح دائمًا)</translation>
    </message>
    <message>
        <source>GNOME&apos;s idle monitor (%1)</source>
        <translation>مراقب الخمول في GNOME ‏(%1)</translation>
    </message>
    <message>
        <source>the desktop&apos;s screen saver service (%1)</source>
        <translation>خدمة شاشة التوقف في سطح المكتب (%1)</translation>
    </message>
    <message>
        <source>the X11 screen saver extension (%1)</source>
        <translation>امتداد شاشة التوقف في X11 ‏(%1)</translation>
    </message>
</context>
<context>
    <name>kd::Timekeeper</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer ran.</source>
        <translation>كنت غائبًا من %1 إلى %2 (%3) أثناء تشغيل المؤقت.</translation>
    </message>
    <message numerus="yes">
        <source>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</source>
        <translation>
            <numerusform>كنت غائبًا %n مرة بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
            <numerusform>كنت غائبًا %n مرة بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
            <numerusform>كنت غائبًا %n مرتين بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
            <numerusform>كنت غائبًا %n مرات بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
            <numerusform>كنت غائبًا %n مرة بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
            <numerusform>كنت غائبًا %n مرة بين %1 و%2 (%3 إجمالًا) أثناء تشغيل المؤقت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding the time ends the entry at %1.</source>
        <translation>تجاهل هذا الوقت يُنهي الإدخال عند %1.</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>إبقاء الوقت</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>تجاهله</translation>
    </message>
    <message>
        <source>Discard and continue</source>
        <translation>تجاهله والمتابعة</translation>
    </message>
    <message>
        <source>Book it elsewhere…</source>
        <translation>تسجيله في مكان آخر…</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>استمر المؤقت في العمل أثناء غيابك</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>المؤقت</translation>
    </message>
    <message>
        <source>Is this timer still right?</source>
        <translation>هل ما زال هذا المؤقت صحيحًا؟</translation>
    </message>
    <message>
        <source>%1 has been running for %2 h, since %3.</source>
        <translation>%1 قيد التشغيل منذ %2 س، منذ %3.</translation>
    </message>
    <message>
        <source>Stop at %1</source>
        <translation>إيقاف عند %1</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>إبقاؤه قيد التشغيل</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>لا يوجد مؤقت قيد التشغيل</translation>
    </message>
    <message>
        <source>It is within your working hours, and nothing is being tracked.</source>
        <translation>أنت في ساعات عملك ولا يُتتبَّع أي شيء.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>بدء…</translation>
    </message>
    <message>
        <source>Restart last</source>
        <translation>إعادة تشغيل الأخير</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>تأجيل لمدة ساعة</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>ليس مجددًا اليوم</translation>
    </message>
    <message>
        <source>Today&apos;s target is reached</source>
        <translation>تم بلوغ هدف اليوم</translation>
    </message>
    <message>
        <source>Today&apos;s target is close</source>
        <translation>هدف اليوم قريب</translation>
    </message>
    <message>
        <source>%1 of %2 h tracked today (%3 %).</source>
        <translation>تم تتبّع %1 من %2 س اليوم (%3 %).</translation>
    </message>
    <message>
        <source>Stop at this time</source>
        <translation>إيقاف عند هذا الوقت</translation>
    </message>
</context>
<context>
    <name>kd::TimekeepingUi</name>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
</context>
<context>
    <name>kd::TimerBar</name>
    <message>
        <source>Restart recent</source>
        <translation>إعادة تشغيل</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>بدء…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>بدأ في %1</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>لا يوجد مؤقت قيد التشغيل.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>بدء مؤقت (%1)</translation>
    </message>
    <message>
        <source>Stop this timer (%1 stops the newest)</source>
        <translation>إيقاف هذا المؤقت (%1 يوقف الأحدث)</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>not yet in Kimai</source>
        <translation>لم يصل إلى Kimai بعد</translation>
    </message>
    <message>
        <source>Started while Kimai could not be reached. It is kept on this computer and sent, with this start time, as soon as Kimai answers.</source>
        <translation>بدأ حين تعذّر الوصول إلى Kimai. يُحفظ على هذا الحاسوب ويُرسل بوقت البدء هذا فور استجابة Kimai.</translation>
    </message>
    <message>
        <source>Changed while Kimai could not be reached. The change is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>عُدّل حين تعذّر الوصول إلى Kimai. يُحفظ التعديل على هذا الحاسوب ويُرسل فور استجابة Kimai.</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ المفضّلة</translation>
    </message>
    <message>
        <source>Start a favourite, or add the running timer to the favourites</source>
        <translation>ابدأ مفضّلة، أو أضف المؤقت الجاري إلى المفضّلة</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>إدخال جديد…</translation>
    </message>
    <message>
        <source>Add an entry with its times (%1)</source>
        <translation>إضافة إدخال بأوقاته (%1)</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>هذا الأسبوع: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimerController</name>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>لا يسمح Kimai بأوقات في المستقبل.</translation>
    </message>
    <message>
        <source>The server did not answer, and the current state could not be read either (%1). Nothing was retried. Check the timer in Kimai before trying again.</source>
        <translation>لم يستجب الخادم، وتعذّرت أيضًا قراءة الحالة الحالية (%1). لم تُكرَّر أي محاولة. تحقق من المؤقت في Kimai قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, and the timer is still running. Nothing was retried; stop it again when the connection is back.</source>
        <translation>لم يؤكد الخادم الإيقاف، ولا يزال المؤقت يعمل. لم تُكرَّر أي محاولة؛ أوقفه مرة أخرى عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, but the timer is stopped.</source>
        <translation>لم يؤكد الخادم الإيقاف، لكن المؤقت متوقف.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, and no timer is running for it. Nothing was retried; start it again when the connection is back.</source>
        <translation>لم يؤكد الخادم البدء، ولا يعمل أي مؤقت مطابق. لم تُكرَّر أي محاولة؛ ابدأه مرة أخرى عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, but the timer has been running since %1.</source>
        <translation>لم يؤكد الخادم البدء، لكن المؤقت يعمل منذ %1.</translation>
    </message>
    <message>
        <source>There is no recent timesheet to restart.</source>
        <translation>لا يوجد سجل وقت حديث لإعادة تشغيله.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and its restart could not be kept for later.</source>
        <translation>هذا الإدخال ليس في Kimai بعد، ولم يمكن الاحتفاظ بإعادة تشغيله لوقت لاحق.</translation>
    </message>
</context>
<context>
    <name>kd::TimerJobs</name>
    <message>
        <source>Kimai does not accept end times from you in its tracking mode, so the timer was stopped now instead of when you left.</source>
        <translation>لا يقبل Kimai منك أوقات انتهاء في وضع التتبّع الخاص به، لذلك أُوقف المؤقت الآن بدلًا من لحظة مغادرتك.</translation>
    </message>
    <message>
        <source>The time you were away could not be booked: %1</source>
        <translation>تعذّر تسجيل وقت غيابك: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetActions</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>إدخال &amp;جديد…</translation>
    </message>
    <message>
        <source>Add an entry (%1)</source>
        <translation>إضافة إدخال (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the entry (Enter, double-click)</source>
        <translation>تحرير الإدخال (Enter، نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <source>C&amp;ontinue now</source>
        <translation>م&amp;تابعة الآن</translation>
    </message>
    <message>
        <source>Start a timer with the same project, activity, description and tags</source>
        <translation>بدء مؤقت بالمشروع والنشاط والوصف والوسوم نفسها</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>ترا&amp;جع عن الحذف</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;نسخ الصفوف</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet</source>
        <translation>نسخ الصفوف المحددة نصًا مفصولًا بعلامات الجدولة لجدول بيانات</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Deta&amp;ils…</source>
        <translation>التفا&amp;صيل…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n entries…</source>
        <translation>
            <numerusform>&amp;حذف %n إدخال…</numerusform>
            <numerusform>&amp;حذف إدخال واحد…</numerusform>
            <numerusform>&amp;حذف إدخالين…</numerusform>
            <numerusform>&amp;حذف %n إدخالات…</numerusform>
            <numerusform>&amp;حذف %n إدخالًا…</numerusform>
            <numerusform>&amp;حذف %n إدخال…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete (%n entries)</source>
        <translation>
            <numerusform>ترا&amp;جع عن الحذف (%n إدخال)</numerusform>
            <numerusform>ترا&amp;جع عن الحذف (إدخال واحد)</numerusform>
            <numerusform>ترا&amp;جع عن الحذف (إدخالان)</numerusform>
            <numerusform>ترا&amp;جع عن الحذف (%n إدخالات)</numerusform>
            <numerusform>ترا&amp;جع عن الحذف (%n إدخالًا)</numerusform>
            <numerusform>ترا&amp;جع عن الحذف (%n إدخال)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>إضافة إلى المفضّلة</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry/entries?</source>
        <translation>
            <numerusform>حذف %n إدخال؟</numerusform>
            <numerusform>حذف إدخال واحد؟</numerusform>
            <numerusform>حذف إدخالين؟</numerusform>
            <numerusform>حذف %n إدخالات؟</numerusform>
            <numerusform>حذف %n إدخالًا؟</numerusform>
            <numerusform>حذف %n إدخال؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted and will stay.</source>
        <translation>
            <numerusform>لا يمكن حذف %n إدخال مُصدَّر وسيبقى.</numerusform>
            <numerusform>لا يمكن حذف إدخال مُصدَّر واحد وسيبقى.</numerusform>
            <numerusform>لا يمكن حذف إدخالين مُصدَّرين وسيبقيان.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالات مُصدَّرة وستبقى.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالًا مُصدَّرًا وستبقى.</numerusform>
            <numerusform>لا يمكن حذف %n إدخال مُصدَّر وستبقى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted: they are locked.</source>
        <translation>
            <numerusform>لا يمكن حذف %n إدخال مُصدَّر: إنه مقفل.</numerusform>
            <numerusform>لا يمكن حذف إدخال مُصدَّر واحد: إنه مقفل.</numerusform>
            <numerusform>لا يمكن حذف إدخالين مُصدَّرين: إنهما مقفلان.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالات مُصدَّرة: إنها مقفلة.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالًا مُصدَّرًا: إنها مقفلة.</numerusform>
            <numerusform>لا يمكن حذف %n إدخال مُصدَّر: إنها مقفلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>حذف الإدخالات</translation>
    </message>
    <message>
        <source>Ctrl+Z creates them again (with new ids).</source>
        <translation>Ctrl+Z ينشئها من جديد (بمعرّفات جديدة).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>نُسخ %n صف.</numerusform>
            <numerusform>نُسخ صف واحد.</numerusform>
            <numerusform>نُسخ صفان.</numerusform>
            <numerusform>نُسخت %n صفوف.</numerusform>
            <numerusform>نُسخ %n صفًا.</numerusform>
            <numerusform>نُسخ %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted and will stay.</source>
        <translation>
            <numerusform>لا يمكن حذف %n إدخال لمستخدمين آخرين وسيبقى.</numerusform>
            <numerusform>لا يمكن حذف إدخال واحد لمستخدم آخر وسيبقى.</numerusform>
            <numerusform>لا يمكن حذف إدخالين لمستخدمين آخرين وسيبقيان.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالات لمستخدمين آخرين وستبقى.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالًا لمستخدمين آخرين وستبقى.</numerusform>
            <numerusform>لا يمكن حذف %n إدخال لمستخدمين آخرين وستبقى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted: you may not change them.</source>
        <translation>
            <numerusform>لا يمكن حذف %n إدخال لمستخدمين آخرين: لا يُسمح لك بتغييرها.</numerusform>
            <numerusform>لا يمكن حذف إدخال واحد لمستخدم آخر: لا يُسمح لك بتغييره.</numerusform>
            <numerusform>لا يمكن حذف إدخالين لمستخدمين آخرين: لا يُسمح لك بتغييرهما.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالات لمستخدمين آخرين: لا يُسمح لك بتغييرها.</numerusform>
            <numerusform>لا يمكن حذف %n إدخالًا لمستخدمين آخرين: لا يُسمح لك بتغييرها.</numerusform>
            <numerusform>لا يمكن حذف %n إدخال لمستخدمين آخرين: لا يُسمح لك بتغييرها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExport</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>قابل للفوترة</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExporter</name>
    <message>
        <source>the output was closed</source>
        <translation>أُغلق المخرج</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries exported.</source>
        <translation>
            <numerusform>صُدِّر %n إدخال.</numerusform>
            <numerusform>صُدِّر إدخال واحد.</numerusform>
            <numerusform>صُدِّر إدخالان.</numerusform>
            <numerusform>صُدِّرت %n إدخالات.</numerusform>
            <numerusform>صُدِّر %n إدخالًا.</numerusform>
            <numerusform>صُدِّر %n إدخال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>قابل للفوترة</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>مُصدَّر</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>This timer is running.</source>
        <translation>هذا المؤقت قيد التشغيل.</translation>
    </message>
    <message>
        <source>Not yet in Kimai: made while Kimai could not be reached. It is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>لم يصل إلى Kimai بعد: أُنشئ حين تعذّر الوصول إلى Kimai. يُحفظ على هذا الحاسوب ويُرسل فور استجابة Kimai.</translation>
    </message>
    <message>
        <source>Changes not yet in Kimai: made while Kimai could not be reached. They are kept on this computer and sent as soon as Kimai answers.</source>
        <translation>تغييرات لم تصل إلى Kimai بعد: أُجريت حين تعذّر الوصول إلى Kimai. تُحفظ على هذا الحاسوب وتُرسل فور استجابة Kimai.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message>
        <source>Date range</source>
        <translation>الفترة الزمنية</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>سجلات الوقت</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>جميع العملاء</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>جميع المشاريع</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>جميع الأنشطة</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (عام)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) · total %1</source>
        <translation>
            <numerusform>%Ln سجل · الإجمالي %1</numerusform>
            <numerusform>%Ln سجل · الإجمالي %1</numerusform>
            <numerusform>%Ln سجلان · الإجمالي %1</numerusform>
            <numerusform>%Ln سجلات · الإجمالي %1</numerusform>
            <numerusform>%Ln سجلًا · الإجمالي %1</numerusform>
            <numerusform>%Ln سجل · الإجمالي %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%Ln سجل في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
            <numerusform>%Ln سجل في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
            <numerusform>%Ln سجلان في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
            <numerusform>%Ln سجلات في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
            <numerusform>%Ln سجلًا في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
            <numerusform>%Ln سجل في هذه الفترة · %1 للسجلات المحمّلة حتى الآن (%2) · مرّر لعرض المزيد</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Description (full)</source>
        <translation>الوصف (كاملًا)</translation>
    </message>
    <message>
        <source>Timesheet #%1</source>
        <translation>سجل الوقت رقم %1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>الأ&amp;سبوع</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>إدخال جديد…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the timesheets as CSV</source>
        <translation>تصدير سجلات الوقت بتنسيق CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV ‏(*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>إدخالات من</translation>
    </message>
    <message>
        <source>Your own entries, or everyone&apos;s you may see (teamleads and administrators)</source>
        <translation>إدخالاتك أنت، أو إدخالات كل من يُسمح لك برؤيتهم (قادة الفرق والمسؤولون)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>إدخالاتي</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>إدخالات الجميع</translation>
    </message>
</context>
<context>
    <name>kd::TrayIcon</name>
    <message>
        <source>No timer running</source>
        <translation>لا يوجد مؤقت قيد التشغيل</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>إيقاف: %1</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>بدء…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة تشغيل</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>إدخال جديد…</translation>
    </message>
</context>
<context>
    <name>kd::VersionTab</name>
    <message>
        <source>Version ID:</source>
        <translation>معرّف الإصدار:</translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation>حقوق النشر:</translation>
    </message>
    <message>
        <source>Kimai Desk:</source>
        <translation>Kimai Desk:</translation>
    </message>
    <message>
        <source>This server supports:</source>
        <translation>يدعم هذا الخادم:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — Kimai 2.14 and later</source>
        <translation>رموز API (Authorization: Bearer) — Kimai 2.14 وما بعده</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — only Kimai 2.14 and later</source>
        <translation>رموز API (Authorization: Bearer) — فقط Kimai 2.14 وما بعده</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0</source>
        <translation>كلمات مرور API (ترويسات X-AUTH) — مهملة منذ 2.14، وأُزيلت في 3.0</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers)</source>
        <translation>كلمات مرور API (ترويسات X-AUTH)</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — removed in Kimai 3.0</source>
        <translation>كلمات مرور API (ترويسات X-AUTH) — أُزيلت في Kimai 3.0</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint (Kimai 1.x)</source>
        <translation>نقطة النهاية ‎/api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint — removed in Kimai 2.0</source>
        <translation>نقطة النهاية ‎/api/config/i18n — أُزيلت في Kimai 2.0</translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation>تم تسجيل الدخول باستخدام: %1</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>كلمة مرور API (قديمة، X-AUTH)</translation>
    </message>
    <message>
        <source>API token (Bearer)</source>
        <translation>رمز API (Bearer)</translation>
    </message>
    <message>
        <source>%1 (Qt %2 at run time, built with Qt %3)</source>
        <translation>الإصدار %1 (يعمل على Qt %2، بُني باستخدام Qt %3)</translation>
    </message>
    <message>
        <source>Favourites kept by Kimai (2.66 and later)</source>
        <translation>مفضّلة يحفظها Kimai (الإصدار 2.66 وما بعده)</translation>
    </message>
    <message>
        <source>Favourites — kept on this computer (Kimai keeps them from 2.66)</source>
        <translation>المفضّلة — محفوظة على هذا الحاسوب (يحفظها Kimai بدءًا من 2.66)</translation>
    </message>
</context>
<context>
    <name>kd::WeekSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>kd::WeekView</name>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>هذا الأ&amp;سبوع</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>ال&amp;مخطط</translation>
    </message>
    <message>
        <source>Hours per day, stacked by project</source>
        <translation>الساعات لكل يوم، مكدّسة حسب المشروع</translation>
    </message>
    <message>
        <source>Click a cell to list its entries.</source>
        <translation>انقر خلية لعرض إدخالاتها.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>الأسبوع %1: %2 – %3</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>المجموع %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>جميع المشاريع</translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation>الأسبوع كله</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry/entries (Enter or a double-click edits one)</source>
        <translation>
            <numerusform>%1، %2: %n إدخال (Enter أو نقر مزدوج يحرر أحدها)</numerusform>
            <numerusform>%1، %2: إدخال واحد (Enter أو نقر مزدوج يحرره)</numerusform>
            <numerusform>%1، %2: إدخالان (Enter أو نقر مزدوج يحرر أحدهما)</numerusform>
            <numerusform>%1، %2: %n إدخالات (Enter أو نقر مزدوج يحرر أحدها)</numerusform>
            <numerusform>%1، %2: %n إدخالًا (Enter أو نقر مزدوج يحرر أحدها)</numerusform>
            <numerusform>%1، %2: %n إدخال (Enter أو نقر مزدوج يحرر أحدها)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>يتعذر عرض المخطط: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No hours recorded in this span.</source>
        <translation>لا ساعات مسجلة في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>kd::Workspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kd::demo</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>تعذّر تشغيل الخادم التجريبي: %1</translation>
    </message>
</context>
</TS>
