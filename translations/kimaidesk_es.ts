<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Kimai refused the data</source>
        <translation>Kimai rechazó los datos</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what Kimai sends (%1). Is this a Kimai server, and is it a supported version?</source>
        <translation>La respuesta del servidor no es lo que envía Kimai (%1). ¿Es un servidor Kimai y su versión es compatible?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not loaded. Narrow the request (for example a shorter date range) or raise the limit in the settings.</source>
        <translation>La respuesta del servidor supera los %1 MB y no se ha cargado. Acota la solicitud (por ejemplo, con un intervalo de fechas más corto) o aumenta el límite en los ajustes.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Kimai Desk does not follow redirects to another address or to plain http, to keep your token safe. If that address is right, use it as the server address.</source>
        <translation>El servidor redirigió a %1. Kimai Desk no sigue redirecciones a otra dirección ni a http sin cifrar, para proteger tu token. Si esa dirección es correcta, úsala como dirección del servidor.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer. Try again later or check the connection.</source>
        <translation>El servidor tardó demasiado en enviar su respuesta. Vuelve a intentarlo más tarde o comprueba la conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation>El servidor no respondió a tiempo. Comprueba que la dirección sea correcta y que el servidor esté en marcha, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection ended without an answer from the server.</source>
        <translation>La conexión terminó sin respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address for typing errors and that this computer is online.</source>
        <translation>No se encontró el nombre del servidor. Comprueba que la dirección no tenga errores de escritura y que este equipo tenga conexión a internet.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that Kimai is running.</source>
        <translation>El servidor rechazó la conexión. Comprueba la dirección y el puerto, y que Kimai esté en marcha.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>El servidor cerró la conexión antes de responder. Vuelve a intentarlo; si sigue ocurriendo, el servidor o un proxy intermedio tiene un problema.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If you know this server uses its own certificate, check its fingerprint and trust it for this server.</source>
        <translation>El certificado del servidor no es de confianza (%1). Si sabes que este servidor usa su propio certificado, comprueba su huella digital y confía en él para este servidor.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up. Does the server speak https on this port?</source>
        <translation>No se pudo establecer una conexión segura. ¿El servidor usa https en este puerto?</translation>
    </message>
    <message>
        <source>The server keeps redirecting. Check the server address.</source>
        <translation>El servidor redirige una y otra vez. Comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token safe.</source>
        <translation>El servidor redirigió de https a http sin cifrar. Kimai Desk no sigue esa redirección, para proteger tu token.</translation>
    </message>
    <message>
        <source>The network is not available. Check that this computer is online.</source>
        <translation>La red no está disponible. Comprueba que este equipo tenga conexión a internet.</translation>
    </message>
    <message>
        <source>The proxy server failed (%1). Check the proxy settings of this computer.</source>
        <translation>Falló el servidor proxy (%1). Comprueba la configuración de proxy de este equipo.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Falló la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>Kimai refused the data.</source>
        <translation>Kimai rechazó los datos.</translation>
    </message>
    <message>
        <source>Kimai refused the data: %1</source>
        <translation>Kimai rechazó los datos: %1</translation>
    </message>
    <message>
        <source>Kimai refused the request as invalid (400 Bad Request).</source>
        <translation>Kimai rechazó la solicitud por no ser válida (400 Bad Request).</translation>
    </message>
    <message>
        <source>Kimai refused the request: %1</source>
        <translation>Kimai rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in Kimai (your profile → API access) and enter it here.</source>
        <translation>Kimai rechazó el token de API: es incorrecto, ha caducado o se ha eliminado. Crea un token nuevo en Kimai (tu perfil → Acceso a la API) e introdúcelo aquí.</translation>
    </message>
    <message>
        <source>The server asks for a different login (an HTML page answered, not Kimai). Is a proxy protecting this address, or is Kimai somewhere else?</source>
        <translation>El servidor pide otro inicio de sesión (respondió una página HTML, no Kimai). ¿Hay un proxy protegiendo esta dirección, o Kimai está en otro sitio?</translation>
    </message>
    <message>
        <source>Kimai wants a login: enter your username and API token.</source>
        <translation>Kimai pide iniciar sesión: introduce tu nombre de usuario y tu token de API.</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password.</source>
        <translation>Kimai rechazó el nombre de usuario o la contraseña de API.</translation>
    </message>
    <message>
        <source>You are signed in, but Kimai does not allow this. Your account may lack the permission (or API access was turned off for your role).</source>
        <translation>Has iniciado sesión, pero Kimai no lo permite. Puede que tu cuenta no tenga el permiso necesario (o que el acceso a la API esté desactivado para tu rol).</translation>
    </message>
    <message>
        <source>Kimai says this does not exist (any more). It may have been deleted.</source>
        <translation>Según Kimai, esto no existe (o ya no existe). Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>There is no Kimai API at this address. Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>No hay ninguna API de Kimai en esta dirección. Comprueba la dirección del servidor, incluida una posible subruta como https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server refused the request method (405). A proxy or a redirect (for example http → https or a missing sub-path) may have changed the request. Use the exact https address of Kimai.</source>
        <translation>El servidor rechazó el método de la solicitud (405). Puede que un proxy o una redirección (por ejemplo, http → https o una subruta que falta) haya modificado la solicitud. Usa la dirección https exacta de Kimai.</translation>
    </message>
    <message>
        <source>Kimai is limiting the number of requests. Wait a minute and try again.</source>
        <translation>Kimai está limitando el número de solicitudes. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1) and answered with an error page. Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>El servidor tuvo un error interno (%1) y respondió con una página de error. Vuelve a intentarlo más tarde; si persiste, el administrador de Kimai puede consultar los detalles en el registro del servidor.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>El servidor tuvo un error interno (%1). Vuelve a intentarlo más tarde; si persiste, el administrador de Kimai puede consultar los detalles en el registro del servidor.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address it redirects to as the server address.</source>
        <translation>El servidor respondió con una redirección (%1) que Kimai Desk no sigue. Usa la dirección de destino como dirección del servidor.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>El servidor respondió con un estado inesperado: %1.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>No se ha indicado ninguna dirección de servidor.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of Kimai&apos;s JSON. Is Kimai at this address? Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>El servidor respondió con una página web en lugar del JSON de Kimai. ¿Está Kimai en esta dirección? Comprueba la dirección del servidor, incluida una posible subruta como https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is Kimai at this address, and is nothing in between (a proxy or a security filter) changing the answers?</source>
        <translation>La respuesta del servidor no es JSON válido. ¿Está Kimai en esta dirección? ¿Hay algo intermedio (un proxy o un filtro de seguridad) que modifique las respuestas?</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>La conexión se cortó antes de recibir la respuesta completa. Vuelve a intentarlo; si sigue ocurriendo, el servidor o un proxy intermedio tiene un problema.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1). Try again; a proxy in between may be misbehaving.</source>
        <translation>No se pudo interpretar la respuesta del servidor (HTTP %1). Vuelve a intentarlo; puede que un proxy intermedio no funcione bien.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for it. This can mean someone is intercepting the connection. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the saved server in the login form (Remove) and connect again.</source>
        <translation>El servidor presentó un certificado distinto del que marcaste como de confianza para él. Puede que alguien esté interceptando la conexión. No se ha enviado nada. Si el certificado del servidor se cambió a propósito, elimina el servidor guardado en el formulario de inicio de sesión (Eliminar) y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Kimai did not receive the API token. A web server or proxy in front of Kimai may drop the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Kimai no recibió el token de API. Puede que un servidor web o un proxy delante de Kimai descarte el encabezado Authorization (en Apache, pásalo con SetEnvIf Authorization). También puedes probar el método «Contraseña de API (antiguo, X-AUTH)».</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an API token with the &quot;API token (Bearer, Kimai 2.14+)&quot; method instead.</source>
        <translation>Kimai rechazó el nombre de usuario o la contraseña de API. Comprueba ambos; a partir de Kimai 2.14, usa en su lugar un token de API con el método «Token de API (Bearer, Kimai 2.14+)».</translation>
    </message>
    <message>
        <source>This server only accepts a username with an API password (Kimai 1.x or an older 2.x). Enter your username and choose the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Este servidor solo acepta un nombre de usuario con contraseña de API (Kimai 1.x o un 2.x antiguo). Introduce tu nombre de usuario y elige el método «Contraseña de API (antiguo, X-AUTH)».</translation>
    </message>
    <message>
        <source>You may not see that customer: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another customer.</source>
        <translation>No puede ver ese cliente: Kimai rechaza una lista filtrada por él (pertenece a un equipo del que no forma parte). Elija otro cliente.</translation>
    </message>
    <message>
        <source>You may not see that project: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another project.</source>
        <translation>No puede ver ese proyecto: Kimai rechaza una lista filtrada por él (pertenece a un equipo del que no forma parte). Elija otro proyecto.</translation>
    </message>
    <message>
        <source>You may not see that activity: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another activity.</source>
        <translation>No puede ver esa actividad: Kimai rechaza una lista filtrada por ella (pertenece a un equipo del que no forma parte). Elija otra actividad.</translation>
    </message>
    <message>
        <source>You may not see one of the chosen customers, projects or activities: Kimai refuses a list filtered by it. Change the filter.</source>
        <translation>No puede ver uno de los clientes, proyectos o actividades elegidos: Kimai rechaza una lista filtrada así. Cambie el filtro.</translation>
    </message>
    <message>
        <source>This Kimai does not accept API passwords any more (Kimai 3.0 removed them). Create an API token in Kimai (your profile → API access) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Este Kimai ya no acepta contraseñas de API (Kimai 3.0 las eliminó). Cree un token de API en Kimai (su perfil → Acceso API) e inicie sesión con el método «Token de API (Bearer)».</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second(s); then try again.</source>
        <translation>
            <numerusform>Kimai rechazó el último intento por demasiadas solicitudes. No se envía nada durante %n segundo más; luego vuelva a intentarlo.</numerusform>
            <numerusform>Kimai rechazó el último intento por demasiadas solicitudes. No se envía nada durante %n segundos más; luego vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kimai refuses API passwords for a while: there were too many attempts with a wrong username or API password (Kimai allows five a minute). Wait a minute and check both, or better, create an API token in Kimai (your profile → API access) and use it instead.</source>
        <translation>Kimai rechaza las contraseñas de API durante un tiempo: hubo demasiados intentos con un usuario o una contraseña de API incorrectos (Kimai permite cinco por minuto). Espere un minuto y revise ambos o, mejor, cree un token de API en Kimai (su perfil → Acceso API) y úselo en su lugar.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>Timer started</source>
        <translation>Temporizador iniciado</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>There is no saved server called &quot;%1&quot;.</source>
        <translation>No hay ningún servidor guardado llamado «%1».</translation>
    </message>
    <message>
        <source>Another command is still running.</source>
        <translation>Todavía se está ejecutando otro comando.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Loading the %1 tab failed: %2</source>
        <translation>Error al cargar la pestaña %1: %2</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>Captura de pantalla guardada en %1</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <source>Scripted control is not available: %1</source>
        <translation>El control por script no está disponible: %1</translation>
    </message>
    <message>
        <source>Kimai Desk has no saved login with a token in the keychain. Log in once in the window (with &quot;Remember the token in the system keychain&quot;), or give --server, --username and --token-file.</source>
        <translation>Kimai Desk no tiene ningún inicio de sesión guardado con un token en el llavero. Inicia sesión una vez en la ventana (con «Recordar el token en el llavero del sistema»), o indica --server, --username y --token-file.</translation>
    </message>
    <message>
        <source>The running Kimai Desk did not answer in time. Check the timer in the window before trying again.</source>
        <translation>El Kimai Desk en ejecución no respondió a tiempo. Compruebe el temporizador en la ventana antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <source>The address of %1 starts with http://, not https://.</source>
        <translation>La dirección de %1 empieza por http://, no por https://.</translation>
    </message>
    <message>
        <source>Your API token would travel unencrypted over the network, where others can read it. Kimai&apos;s own documentation says to use the API only over https. Continue only on a network you trust.</source>
        <translation>Tu token de API viajaría sin cifrar por la red, donde otros pueden leerlo. La propia documentación de Kimai indica que la API solo debe usarse con https. Continúa solo en una red de confianza.</translation>
    </message>
    <message>
        <source>Send the token unencrypted</source>
        <translation>Enviar el token sin cifrar</translation>
    </message>
    <message>
        <source>A timer is running</source>
        <translation>Hay un temporizador en marcha</translation>
    </message>
    <message>
        <source>Stop the timer before Kimai Desk quits?</source>
        <translation>¿Detener el temporizador antes de salir de Kimai Desk?</translation>
    </message>
    <message>
        <source>Running: %1
A timer that keeps running goes on counting on the server until you stop it, here or in Kimai.</source>
        <translation>En marcha: %1
Un temporizador que sigue en marcha sigue contando en el servidor hasta que lo detenga, aquí o en Kimai.</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Detener el temporizador</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Dejarlo en marcha</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Recordar mi elección</translation>
    </message>
    <message>
        <source>Change data in Kimai?</source>
        <translation>¿Cambiar datos en Kimai?</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>¿Enviar %1 a %2?</translation>
    </message>
    <message>
        <source>This request can change or delete data on the server, with your permissions. Kimai keeps no undo.</source>
        <translation>Esta solicitud puede cambiar o borrar datos en el servidor, con sus permisos. Kimai no permite deshacerlo.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Kimai, for example https://kimai.example.com.</source>
        <translation>Introduce la dirección de tu Kimai, por ejemplo https://kimai.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>La dirección debe empezar por https:// (o por http:// para un servidor en este equipo).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Esta no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; use the fields below.</source>
        <translation>No pongas un nombre de usuario ni una contraseña en la dirección; usa los campos de abajo.</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Kimai Desk</source>
        <translation>Acerca de Kimai Desk</translation>
    </message>
    <message>
        <source>Connected to Kimai %1 at %2.</source>
        <translation>Conectado a Kimai %1 en %2.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Sin conexión con un servidor Kimai.</translation>
    </message>
    <message>
        <source>A native desktop client for the Kimai time-tracking server.</source>
        <translation>Un cliente de escritorio nativo para el servidor de control horario Kimai.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is an independent client.</source>
        <translation>Kimai Desk es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Usa Qt (LGPL 3) y QtKeychain (BSD de 2 cláusulas). Kimai es una marca de Kevin Papst; Kimai Desk es un cliente independiente.</translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Global (all projects)</source>
        <translation>Global (todos los proyectos)</translation>
    </message>
    <message>
        <source>A global activity can be used with every project that allows global activities.</source>
        <translation>Una actividad global se puede usar con cualquier proyecto que permita actividades globales.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
</context>
<context>
    <name>kd::ApiCommand</name>
    <message>
        <source>Kimai did not answer in time.</source>
        <translation>Kimai no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Another API request is running.</source>
        <translation>Hay otra solicitud de API en curso.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Sesión no iniciada.</translation>
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
        <translation>La solicitud falló.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsole</name>
    <message>
        <source>Choose GET, POST, PATCH or DELETE.</source>
        <translation>Elija GET, POST, PATCH o DELETE.</translation>
    </message>
    <message>
        <source>The path starts with /api/, for example /api/version.</source>
        <translation>La ruta empieza por /api/, por ejemplo /api/version.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (line %2, column %3).</source>
        <translation>El cuerpo no es JSON válido: %1 (línea %2, columna %3).</translation>
    </message>
    <message>
        <source>Logged out before Kimai answered.</source>
        <translation>Sesión cerrada antes de que Kimai respondiera.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsoleView</name>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>/api/timesheets?size=5</source>
        <translation>/api/timesheets?size=5</translation>
    </message>
    <message>
        <source>Path and query</source>
        <translation>Ruta y consulta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>The last %n request(s) to this server</source>
        <translation>
            <numerusform>La última solicitud a este servidor</numerusform>
            <numerusform>Las últimas %n solicitudes a este servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;…&quot;}</source>
        <translation>Cuerpo JSON, p. ej. {&quot;description&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>Rutas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) from Kimai&apos;s OpenAPI document for this version</source>
        <translation>
            <numerusform>%n endpoint del documento OpenAPI de Kimai para esta versión</numerusform>
            <numerusform>%n endpoints del documento OpenAPI de Kimai para esta versión</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation>Leyendo la descripción de la API…</translation>
    </message>
    <message>
        <source>Log in to send requests.</source>
        <translation>Inicie sesión para enviar solicitudes.</translation>
    </message>
    <message>
        <source>Waiting for Kimai…</source>
        <translation>Esperando a Kimai…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>Not sent: log in first, or wait for the request before.</source>
        <translation>No enviado: inicie sesión primero o espere a la solicitud anterior.</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
</context>
<context>
    <name>kd::CatalogTab</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visibles</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation>Visibles y ocultos</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Double-click a row to see all its fields.</source>
        <translation>Haz doble clic en una fila para ver todos sus campos.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrado</numerusform>
            <numerusform>%Ln mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, number, comment… (%1)</source>
        <translation>Filtrar por nombre, número, comentario… (%1)</translation>
    </message>
</context>
<context>
    <name>kd::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate this computer does not trust.&lt;/b&gt;&lt;br&gt;If you run this server yourself or your administrator gave you its fingerprint, compare the fingerprint below. Trusting it applies to this server only; a different certificate later will be refused.</source>
        <translation>&lt;b&gt;%1 presentó un certificado en el que este equipo no confía.&lt;/b&gt;&lt;br&gt;Si administras este servidor tú mismo o tu administrador te dio su huella digital, compárala con la huella de abajo. La confianza solo se aplica a este servidor; si más adelante presenta otro certificado, se rechazará.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Confiar en este certificado para este servidor</translation>
    </message>
</context>
<context>
    <name>kd::CommandLine</name>
    <message>
        <source>Kimai Desk — a native desktop client for the Kimai time-tracking server.</source>
        <translation>Kimai Desk — un cliente de escritorio nativo para el servidor de control horario Kimai.</translation>
    </message>
    <message>
        <source>Start the embedded Kimai demo server and log in to it.</source>
        <translation>Iniciar el servidor de demostración de Kimai integrado e iniciar sesión en él.</translation>
    </message>
    <message>
        <source>With --demo: only serve the demo API (print URL, user and token) until stopped.</source>
        <translation>Con --demo: solo servir la API de demostración (mostrar URL, usuario y token) hasta que se detenga.</translation>
    </message>
    <message>
        <source>Port of the demo server (default: any free port).</source>
        <translation>Puerto del servidor de demostración (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Number of sample timesheets of the demo server (default 2000).</source>
        <translation>Número de registros de tiempo de ejemplo del servidor de demostración (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>API token of the demo server (default: random).</source>
        <translation>Token de API del servidor de demostración (predeterminado: aleatorio).</translation>
    </message>
    <message>
        <source>Timezone of the demo user (default: this computer&apos;s).</source>
        <translation>Zona horaria del usuario de demostración (predeterminada: la de este equipo).</translation>
    </message>
    <message>
        <source>Tracking mode of the demo server: default, punch or duration_fixed_begin.</source>
        <translation>Modo de registro del servidor de demostración: default, punch o duration_fixed_begin.</translation>
    </message>
    <message>
        <source>Address of the Kimai server.</source>
        <translation>Dirección del servidor Kimai.</translation>
    </message>
    <message>
        <source>Kimai username.</source>
        <translation>Nombre de usuario de Kimai.</translation>
    </message>
    <message>
        <source>Read the API token from this file (- reads standard input).</source>
        <translation>Leer el token de API de este archivo (- lee la entrada estándar).</translation>
    </message>
    <message>
        <source>Authentication: auto, bearer or legacy.</source>
        <translation>Autenticación: auto, bearer o legacy.</translation>
    </message>
    <message>
        <source>Store the given token in the system keychain.</source>
        <translation>Guardar el token indicado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME.</source>
        <translation>Usar el perfil de servidor guardado NAME.</translation>
    </message>
    <message>
        <source>Open this tab: ping, version, timesheets, activities, projects, customers or i18n.</source>
        <translation>Abrir esta pestaña: ping, version, timesheets, activities, projects, customers o i18n.</translation>
    </message>
    <message>
        <source>When the visible tab has loaded, save a PNG of the window and exit.</source>
        <translation>Cuando la pestaña visible haya cargado, guardar un PNG de la ventana y salir.</translation>
    </message>
    <message>
        <source>Start in the tray (if there is one).</source>
        <translation>Iniciar en la bandeja del sistema (si la hay).</translation>
    </message>
    <message>
        <source>Start a timer (with --project and --activity).</source>
        <translation>Iniciar un temporizador (con --project y --activity).</translation>
    </message>
    <message>
        <source>Stop the running timer(s).</source>
        <translation>Detener los temporizadores en marcha.</translation>
    </message>
    <message>
        <source>Restart the most recent timesheet.</source>
        <translation>Volver a iniciar el registro de tiempo más reciente.</translation>
    </message>
    <message>
        <source>Print the running timers as one JSON line.</source>
        <translation>Mostrar los temporizadores en marcha en una línea JSON.</translation>
    </message>
    <message>
        <source>Show the window of the running instance.</source>
        <translation>Mostrar la ventana de la instancia en ejecución.</translation>
    </message>
    <message>
        <source>--serve-only needs --demo.</source>
        <translation>--serve-only requiere --demo.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--demo-timesheets must be a number from 0 to 1000000.</source>
        <translation>--demo-timesheets debe ser un número de 0 a 1000000.</translation>
    </message>
    <message>
        <source>--auth must be auto, bearer or legacy.</source>
        <translation>--auth debe ser auto, bearer o legacy.</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use one of: %2.</source>
        <translation>Pestaña desconocida «%1»; usa una de estas: %2.</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --serve-only.</source>
        <translation>--screenshot no se puede combinar con --serve-only.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo de token %1: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>El archivo de token %1 está vacío.</translation>
    </message>
    <message>
        <source>Kimai version the demo server behaves like: %1 (default: %2).</source>
        <translation>Versión de Kimai que imita el servidor de demostración: %1 (predeterminada: %2).</translation>
    </message>
    <message>
        <source>Unknown demo version &quot;%1&quot;; use one of: %2.</source>
        <translation>Versión de demostración «%1» desconocida; use una de: %2.</translation>
    </message>
    <message>
        <source>--demo-version needs --demo.</source>
        <translation>--demo-version necesita --demo.</translation>
    </message>
    <message>
        <source>--api needs a method and a path, e.g. --api GET /api/version.</source>
        <translation>--api necesita un método y una ruta, p. ej. --api GET /api/version.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;; use GET, POST, PATCH or DELETE.</source>
        <translation>Método «%1» desconocido; use GET, POST, PATCH o DELETE.</translation>
    </message>
    <message>
        <source>The path of --api starts with /api/, e.g. /api/version.</source>
        <translation>La ruta de --api empieza por /api/, p. ej. /api/version.</translation>
    </message>
    <message>
        <source>--data needs POST, PATCH or DELETE.</source>
        <translation>--data necesita POST, PATCH o DELETE.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>No se puede leer el archivo de datos %1: %2</translation>
    </message>
    <message>
        <source>--data is larger than %1 KB.</source>
        <translation>--data ocupa más de %1 KB.</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data no es JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>With --start: start a favourite, by its number (from 1, as in the Favourites menu) or its name.</source>
        <translation>Con --start: inicia un favorito, por su número (desde 1, como en el menú Favoritos) o su nombre.</translation>
    </message>
    <message>
        <source>Send one request to Kimai&apos;s API with the remembered login and print the answer&apos;s JSON: --api GET /api/version (also POST, PATCH, DELETE).</source>
        <translation>Envía una solicitud a la API de Kimai con el inicio de sesión guardado e imprime el JSON de la respuesta: --api GET /api/version (también POST, PATCH, DELETE).</translation>
    </message>
    <message>
        <source>With --api: the JSON body, or @FILE to read it from a file (@- reads standard input).</source>
        <translation>Con --api: el cuerpo JSON, o @ARCHIVO para leerlo de un archivo (@- lee la entrada estándar).</translation>
    </message>
    <message>
        <source>With --api: the request, e.g. GET /api/timesheets?size=5.</source>
        <translation>Con --api: la solicitud, p. ej. GET /api/timesheets?size=5.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--data belongs to --api.</source>
        <translation>--data va con --api.</translation>
    </message>
    <message>
        <source>--favorite belongs to --start.</source>
        <translation>--favorite va con --start.</translation>
    </message>
    <message>
        <source>--favorite says what to start: leave out --project and --activity.</source>
        <translation>--favorite indica qué iniciar: omita --project y --activity.</translation>
    </message>
    <message>
        <source>--start needs --project and --activity, or --favorite.</source>
        <translation>--start necesita --project y --activity, o --favorite.</translation>
    </message>
    <message>
        <source>In the window: Ctrl+N adds an entry, Ctrl+T starts a timer, Ctrl+Shift+S stops it.</source>
        <translation>En la ventana: Ctrl+N añade una entrada, Ctrl+T inicia un temporizador, Ctrl+Mayús+S lo detiene.</translation>
    </message>
    <message>
        <source>Add a finished entry, e.g. &quot;yesterday 9-12:30&quot; or &quot;mon 14:00 1h30&quot; (with --project and --activity); prints it as one JSON line.</source>
        <translation>Añadir una entrada terminada, p. ej. &quot;yesterday 9-12:30&quot; o &quot;mon 14:00 1h30&quot; (con --project y --activity); la muestra como una línea JSON.</translation>
    </message>
    <message>
        <source>Export the timesheets of a range (default: this week, all pages) in FORMAT (csv) to standard output or --output.</source>
        <translation>Exportar los registros de tiempo de un periodo (por defecto: esta semana, todas las páginas) en FORMATO (csv) a la salida estándar o a --output.</translation>
    </message>
    <message>
        <source>First day for --export (e.g. 2026-12-01, mon, yesterday).</source>
        <translation>Primer día para --export (p. ej. 2026-12-01, mon, yesterday).</translation>
    </message>
    <message>
        <source>Last day for --export.</source>
        <translation>Último día para --export.</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>Archivo para --export (por defecto: la salida estándar).</translation>
    </message>
    <message>
        <source>Project for --start and --add (ID or name).</source>
        <translation>Proyecto para --start y --add (ID o nombre).</translation>
    </message>
    <message>
        <source>Activity for --start and --add (ID or name).</source>
        <translation>Actividad para --start y --add (ID o nombre).</translation>
    </message>
    <message>
        <source>Description for --start and --add.</source>
        <translation>Descripción para --start y --add.</translation>
    </message>
    <message>
        <source>Comma-separated tags for --start and --add (missing tags are created where you may).</source>
        <translation>Etiquetas separadas por comas para --start y --add (las que faltan se crean si tiene permiso).</translation>
    </message>
    <message>
        <source>Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api.</source>
        <translation>Indique solo una de --start, --stop, --restart-last, --status, --show, --add, --export y --api.</translation>
    </message>
    <message>
        <source>--add needs --project and --activity.</source>
        <translation>--add necesita --project y --activity.</translation>
    </message>
    <message>
        <source>--add needs the time of the entry, e.g. --add &quot;yesterday 9-12:30&quot;.</source>
        <translation>--add necesita la hora de la entrada, p. ej. --add &quot;yesterday 9-12:30&quot;.</translation>
    </message>
    <message>
        <source>--project, --activity, --description and --tags belong to --start and --add.</source>
        <translation>--project, --activity, --description y --tags van con --start y --add.</translation>
    </message>
    <message>
        <source>--export knows one format: csv.</source>
        <translation>--export conoce un solo formato: csv.</translation>
    </message>
    <message>
        <source>--from, --to and --output belong to --export.</source>
        <translation>--from, --to y --output van con --export.</translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message>
        <source>The command did not finish in time.</source>
        <translation>El comando no terminó a tiempo.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation>
            <numerusform>%n temporizador en marcha.</numerusform>
            <numerusform>%n temporizadores en marcha.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Ningún temporizador en marcha.</translation>
    </message>
    <message>
        <source>Restarted.</source>
        <translation>Iniciado de nuevo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No timer was running.</source>
        <translation>No había ningún temporizador en marcha.</translation>
    </message>
    <message>
        <source>No visible project is called &quot;%1&quot;.</source>
        <translation>Ningún proyecto visible se llama «%1».</translation>
    </message>
    <message>
        <source>No activity called &quot;%1&quot; fits this project.</source>
        <translation>Ninguna actividad llamada «%1» corresponde a este proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation>
            <numerusform>«%1» es ambiguo (%n coincidencia); usa el ID.</numerusform>
            <numerusform>«%1» es ambiguo (%n coincidencias); usa el ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Iniciado.</translation>
    </message>
    <message>
        <source>The projects and activities could not be loaded.</source>
        <translation>No se pudieron cargar los proyectos y las actividades.</translation>
    </message>
    <message>
        <source>Restarted at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Reiniciado a las %1. No se puede contactar con Kimai: el inicio se guarda y se envía cuando Kimai responda.</translation>
    </message>
    <message>
        <source>Started at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Iniciado a las %1. No se puede contactar con Kimai: el inicio se guarda y se envía cuando Kimai responda.</translation>
    </message>
    <message>
        <source>Stopped. Kimai cannot be reached: the stop is kept and sent when Kimai answers.</source>
        <translation>Detenido. No se puede contactar con Kimai: la detención se guarda y se envía cuando Kimai responda.</translation>
    </message>
    <message>
        <source>Favourites are not available here.</source>
        <translation>Los favoritos no están disponibles aquí.</translation>
    </message>
    <message>
        <source>The favourite could not be started now.</source>
        <translation>No se pudo iniciar el favorito ahora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry: %2</source>
        <translation>«%1» no se puede leer como una entrada: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry at &quot;%2&quot;: %3</source>
        <translation>«%1» no se puede leer como una entrada en «%2»: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no end: give a range or a duration, e.g. &quot;9-12:30&quot; or &quot;14:00 1h30&quot;.</source>
        <translation>«%1» no tiene fin: indique un intervalo o una duración, p. ej. «9-12:30» o «14:00 1h30».</translation>
    </message>
    <message>
        <source>Kimai did not save the entry.</source>
        <translation>Kimai no guardó la entrada.</translation>
    </message>
    <message>
        <source>Added: %1, %2.</source>
        <translation>Añadida: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>«%1» no es una fecha: %2</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) es posterior a --to (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Added: %1, %2. Kimai cannot be reached: the entry is kept and sent when Kimai answers.</source>
        <translation>Añadido: %1, %2. No se puede contactar con Kimai: la entrada se guarda y se envía cuando Kimai responda.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
</context>
<context>
    <name>kd::EntryController</name>
    <message>
        <source>This Kimai is in punch-clock mode: begin and end are the moments you start and stop, and only teamleads and administrators may change them.</source>
        <translation>Este Kimai está en modo de reloj de fichar: el inicio y el fin son los momentos en que inicia y detiene, y solo los jefes de equipo y los administradores pueden cambiarlos.</translation>
    </message>
    <message>
        <source>This Kimai&apos;s tracking mode (%1) sets begin and end itself; only teamleads and administrators may change them.</source>
        <translation>El modo de registro de este Kimai (%1) fija el inicio y el fin por sí mismo; solo los jefes de equipo y los administradores pueden cambiarlos.</translation>
    </message>
    <message>
        <source>This entry has been exported (for an invoice or a report) and is locked. Only users allowed to edit exported entries (administrators) can change or delete it.</source>
        <translation>Esta entrada se ha exportado (para una factura o un informe) y está bloqueada. Solo los usuarios que pueden editar entradas exportadas (los administradores) pueden cambiarla o eliminarla.</translation>
    </message>
    <message>
        <source>%1 Kimai may have saved the entry anyway: refresh the list (F5) before saving it again.</source>
        <translation>%1 Puede que Kimai haya guardado la entrada de todos modos: actualice la lista (F5) antes de guardarla otra vez.</translation>
    </message>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai no permite horas en el futuro.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <source>This entry belongs to another user. Only users allowed to edit other users&apos; timesheets (teamleads and administrators) can change, duplicate or delete it.</source>
        <translation>Esta entrada pertenece a otro usuario. Solo los usuarios que pueden editar los registros de tiempo de otros (los jefes de equipo y los administradores) pueden cambiarla, duplicarla o eliminarla.</translation>
    </message>
    <message>
        <source>This Kimai records durations from a fixed begin: Kimai sets the begin (today, at its default begin time) and the entry runs until you stop it; only teamleads and administrators may change begin and end.</source>
        <translation>Este Kimai registra duraciones desde un inicio fijo: Kimai fija el inicio (hoy, a su hora de inicio predeterminada) y la entrada sigue en curso hasta que usted la detenga; solo los jefes de equipo y los administradores pueden cambiar el inicio y el fin.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and the offline journal could not keep the change: %1</source>
        <translation>Esta entrada aún no está en Kimai y el diario sin conexión no pudo guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>kd::EntryDialog</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>type to search (optional)</source>
        <translation>escriba para buscar (opcional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>separadas por comas, p. ej. reunión, interno</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The entry could not be read: %1</source>
        <translation>No se pudo leer la entrada: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Edit entry #%1</source>
        <translation>Editar la entrada n.º %1</translation>
    </message>
    <message>
        <source>Reading the entry…</source>
        <translation>Leyendo la entrada…</translation>
    </message>
    <message>
        <source>Duplicate entry #%1</source>
        <translation>Duplicar la entrada n.º %1</translation>
    </message>
    <message>
        <source>Kimai decides whether the entry is billable (from the customer, project and activity).</source>
        <translation>Kimai decide si la entrada es facturable (según el cliente, el proyecto y la actividad).</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Elige un proyecto.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Elige una actividad.</translation>
    </message>
    <message>
        <source>Some of the times cannot be read: nothing was sent.</source>
        <translation>Algunas horas no se pueden leer: no se envió nada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This Kimai does not record breaks (break time is switched off).</source>
        <translation>Este Kimai no registra pausas (el tiempo de pausa está desactivado).</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). This is the entry as the list shows it; what you save is kept and sent when Kimai answers.</source>
        <translation>No se puede contactar con Kimai (%1). Esta es la entrada tal como la muestra la lista; lo que guarde se conserva y se envía cuando Kimai responda.</translation>
    </message>
    <message>
        <source>This entry has changes that are not in Kimai yet. What you save is kept and sent after them, when Kimai answers.</source>
        <translation>Esta entrada tiene cambios que aún no están en Kimai. Lo que guarde se conserva y se envía después de ellos, cuando Kimai responda.</translation>
    </message>
    <message>
        <source>Edit entry (not yet in Kimai)</source>
        <translation>Editar entrada (aún no está en Kimai)</translation>
    </message>
    <message>
        <source>Duplicate entry (not yet in Kimai)</source>
        <translation>Duplicar entrada (aún no está en Kimai)</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
</context>
<context>
    <name>kd::EntryNotices</name>
    <message>
        <source>#%1 is now #%2</source>
        <translation>n.º %1 es ahora n.º %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>Entrada %1 guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries deleted (Ctrl+Z restores them).</source>
        <translation>
            <numerusform>%n entrada eliminada (Ctrl+Z la restaura).</numerusform>
            <numerusform>%n entradas eliminadas (Ctrl+Z las restaura).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored with a new id: %1.</source>
        <translation>Restaurada con un nuevo id: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kimai cannot be reached: %n change(s) kept and sent when it answers.</source>
        <translation>
            <numerusform>No se puede contactar con Kimai: %n cambio guardado, se enviará cuando responda.</numerusform>
            <numerusform>No se puede contactar con Kimai: %n cambios guardados, se enviarán cuando responda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::EntryTimesBox</name>
    <message>
        <source>e.g. yesterday 9-12:30, mon 14:00 1h30</source>
        <translation>p. ej. ayer 9-12:30, lun 14:00 1h30</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>Brea&amp;k</source>
        <translation>Pa&amp;usa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>e.g. 1h30</source>
        <translation>p. ej. 1h30</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>The break is not counted as worked time (e.g. 30 or 0:30).</source>
        <translation>La pausa no cuenta como tiempo trabajado (p. ej. 30 o 0:30).</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n día</numerusform>
            <numerusform>+%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Understood so far: %2</source>
        <translation>%1 Entendido hasta ahora: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The break is longer than the entry.</source>
        <translation>La pausa es más larga que la entrada.</translation>
    </message>
    <message>
        <source>A stopped entry needs an end or a duration.</source>
        <translation>Una entrada detenida necesita un fin o una duración.</translation>
    </message>
</context>
<context>
    <name>kd::ExchangeLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>El cuerpo ya no se conserva.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>kd::ExchangesView</name>
    <message>
        <source>Filter by method, path or status</source>
        <translation>Filtrar por método, ruta o estado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln nuevo ↓</numerusform>
            <numerusform>%Ln nuevos ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ExportBar</name>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Exporting… page %1 of %2</source>
        <translation>Exportando… página %1 de %2</translation>
    </message>
    <message>
        <source>Exporting… page %1</source>
        <translation>Exportando… página %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 Guardado como %2.</translation>
    </message>
</context>
<context>
    <name>kd::Favorites</name>
    <message>
        <source>The favourites could not be read: %1</source>
        <translation>No se pudieron leer los favoritos: %1</translation>
    </message>
    <message>
        <source>The entry could not be made a favourite: %1</source>
        <translation>No se pudo convertir la entrada en favorito: %1</translation>
    </message>
    <message>
        <source>The favourite could not be removed: %1</source>
        <translation>No se pudo quitar el favorito: %1</translation>
    </message>
    <message>
        <source>There are no favourites yet.</source>
        <translation>Todavía no hay favoritos.</translation>
    </message>
    <message numerus="yes">
        <source>There is no favourite %1: there are %n favourite(s).</source>
        <translation>
            <numerusform>No existe el favorito %1: hay %n favorito.</numerusform>
            <numerusform>No existe el favorito %1: hay %n favoritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No favourite is called &quot;%1&quot;.</source>
        <translation>Ningún favorito se llama «%1».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n favourites; use the number.</source>
        <translation>
            <numerusform>«%1» coincide con %n favorito; use el número.</numerusform>
            <numerusform>«%1» coincide con %n favoritos; use el número.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FavoritesMenu</name>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Reading the favourites…</source>
        <translation>Leyendo los favoritos…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Start a timer for this favourite</source>
        <translation>Iniciar un temporizador para este favorito</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Todavía no hay favoritos</translation>
    </message>
    <message>
        <source>Add “%1” to the favourites</source>
        <translation>Añadir «%1» a los favoritos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Kept on this computer (this Kimai has no favourites)</source>
        <translation>Guardados en este equipo (este Kimai no tiene favoritos)</translation>
    </message>
</context>
<context>
    <name>kd::HoursChart</name>
    <message>
        <source>The chart plugin was not found (looked for %1).</source>
        <translation>No se encontró el complemento del gráfico (se buscó: %1).</translation>
    </message>
    <message>
        <source>The chart plugin %1 is not the one this Kimai Desk needs.</source>
        <translation>El complemento del gráfico %1 no es el que necesita este Kimai Desk.</translation>
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
        <translation>Formatos de /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>24-hour clock</source>
        <translation>Formato de 24 horas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Hora del servidor</translation>
    </message>
    <message>
        <source>This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. Kimai 2 takes language, locale and timezone from the user profile instead:</source>
        <translation>Este Kimai no ofrece /api/config/i18n: ese endpoint se eliminó en Kimai 2.0. En su lugar, Kimai 2 toma el idioma, la configuración regional y la zona horaria del perfil de usuario:</translation>
    </message>
    <message>
        <source>Your Kimai profile (/api/users/me)</source>
        <translation>Tu perfil de Kimai (/api/users/me)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Timesheet configuration (/api/config/timesheet)</source>
        <translation>Configuración de registros de tiempo (/api/config/timesheet)</translation>
    </message>
    <message>
        <source>Tracking mode</source>
        <translation>Modo de registro</translation>
    </message>
    <message>
        <source>Default begin time</source>
        <translation>Hora de inicio predeterminada</translation>
    </message>
    <message>
        <source>Running entries allowed</source>
        <translation>Registros en marcha permitidos</translation>
    </message>
    <message>
        <source>Future times allowed</source>
        <translation>Horas futuras permitidas</translation>
    </message>
    <message>
        <source>Overlapping entries allowed</source>
        <translation>Registros solapados permitidos</translation>
    </message>
    <message>
        <source>How Kimai Desk formats for locale %1</source>
        <translation>Cómo formatea Kimai Desk para la configuración regional %1</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>Fecha larga</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s agree (within a second).</source>
        <translation>El reloj del servidor y el de este equipo coinciden (con un margen de un segundo).</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>El reloj del servidor va %1 s por delante del de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>El reloj del servidor va %1 s por detrás del de este equipo.</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Relojes</translation>
    </message>
    <message>
        <source>Server time now: %1 (%2)</source>
        <translation>Hora actual del servidor: %1 (%2)</translation>
    </message>
    <message>
        <source>Date in forms</source>
        <translation>Fecha en formularios</translation>
    </message>
</context>
<context>
    <name>kd::IdleQuestionWindow</name>
    <message>
        <source>You were away — Kimai Desk</source>
        <translation>Estuvo ausente — Kimai Desk</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>El temporizador siguió en marcha mientras estaba ausente</translation>
    </message>
    <message>
        <source>Closing this window keeps the time.</source>
        <translation>Cerrar esta ventana conserva el tiempo.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Elija un proyecto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Elija una actividad</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>e.g. Team meeting</source>
        <translation>p. ej. reunión de equipo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Book the time there</source>
        <translation>&amp;Registrar el tiempo allí</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En marcha: %1</translation>
    </message>
    <message>
        <source>Choose the project and the activity to book the time on.</source>
        <translation>Elija el proyecto y la actividad en los que registrar el tiempo.</translation>
    </message>
</context>
<context>
    <name>kd::InspectorPane</name>
    <message>
        <source>API console</source>
        <translation>Consola de API</translation>
    </message>
    <message>
        <source>Send your own request to Kimai&apos;s API and inspect the answer</source>
        <translation>Envíe su propia solicitud a la API de Kimai e inspeccione la respuesta</translation>
    </message>
</context>
<context>
    <name>kd::Journal</name>
    <message>
        <source>The journal&apos;s folder could not be created</source>
        <translation>No se pudo crear la carpeta del diario</translation>
    </message>
    <message>
        <source>The journal file could not be opened</source>
        <translation>No se pudo abrir el archivo del diario</translation>
    </message>
    <message>
        <source>The journal file could not be set up</source>
        <translation>No se pudo preparar el archivo del diario</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>El diario no está abierto</translation>
    </message>
    <message>
        <source>The journal could not be written</source>
        <translation>No se pudo escribir en el diario</translation>
    </message>
    <message>
        <source>The action is no longer waiting</source>
        <translation>La acción ya no está en espera</translation>
    </message>
    <message>
        <source>The action is not in the journal</source>
        <translation>La acción no está en el diario</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>No se pudo leer el archivo del diario: %1</translation>
    </message>
    <message>
        <source>The journal file was written by a newer version of Kimai Desk (format %1; this version knows up to %2). It was left unchanged.</source>
        <translation>El archivo del diario lo escribió una versión más reciente de Kimai Desk (formato %1; esta versión conoce formatos hasta el %2). No se ha modificado.</translation>
    </message>
    <message>
        <source>Updating the journal file to format %1 failed: %2</source>
        <translation>No se pudo actualizar el archivo del diario al formato %1: %2</translation>
    </message>
</context>
<context>
    <name>kd::JsonFormatter</name>
    <message>
        <source>The text ends inside a string.</source>
        <translation>El texto termina dentro de una cadena.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Secuencia de escape no válida en una cadena.</translation>
    </message>
    <message>
        <source>Control character inside a string.</source>
        <translation>Carácter de control dentro de una cadena.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Número no válido.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>Carácter inesperado.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>Se esperaba una clave entre comillas dobles.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key.</source>
        <translation>Se esperaba &apos;:&apos; después de una clave.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation>Se esperaba &apos;,&apos; o &apos;}&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation>Se esperaba &apos;,&apos; o &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON value.</source>
        <translation>Datos inesperados después del final del valor JSON.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>El cuerpo está vacío.</translation>
    </message>
    <message>
        <source>The text ends before the JSON value is complete.</source>
        <translation>El texto termina antes de que el valor JSON esté completo.</translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message>
        <source>Save Body</source>
        <translation>Guardar cuerpo</translation>
    </message>
    <message>
        <source>JSON files (*.json);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the formatted body to the clipboard</source>
        <translation>Copiar el cuerpo formateado al portapapeles</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Select a request to inspect it.</source>
        <translation>Selecciona una solicitud para inspeccionarla.</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>El cuerpo ya no se conserva.</translation>
    </message>
    <message>
        <source>The body is no longer kept: the log keeps only the bodies of the latest requests.</source>
        <translation>El cuerpo ya no se conserva: el registro solo guarda los cuerpos de las solicitudes más recientes.</translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation>No se recibió ninguna respuesta.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>La respuesta no tiene cuerpo.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept.</source>
        <translation>Solo se conservaron los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>This body is %1, larger than %2: the inspector shows plain text only.</source>
        <translation>Este cuerpo ocupa %1, más de %2: el inspector solo muestra texto sin formato.</translation>
    </message>
    <message>
        <source>The response is HTML; it is shown as plain text.</source>
        <translation>La respuesta es HTML; se muestra como texto sin formato.</translation>
    </message>
    <message>
        <source>The body is not JSON; it is shown as plain text.</source>
        <translation>El cuerpo no es JSON; se muestra como texto sin formato.</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formateando…</translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation>Construyendo el árbol…</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>El cuerpo no es JSON.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>No request headers.</source>
        <translation>No hay encabezados de solicitud.</translation>
    </message>
    <message>
        <source>No request body.</source>
        <translation>No hay cuerpo de solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Request (%Ln header(s))</source>
        <translation>
            <numerusform>Solicitud (%Ln encabezado)</numerusform>
            <numerusform>Solicitud (%Ln encabezados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%Ln)</source>
        <translation>
            <numerusform>Encabezado de respuesta (%Ln)</numerusform>
            <numerusform>Encabezados de respuesta (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.</source>
        <translation>JSON no válido en el byte %1: %2 La parte anterior está formateada; el resto se muestra tal como se recibió.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The body could not be parsed as JSON, so there is no tree.</source>
        <translation>No se pudo analizar el cuerpo como JSON, así que no hay árbol.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the token is left out as $KIMAI_TOKEN</source>
        <translation>Copiar esta solicitud como comando curl; el token se sustituye por $KIMAI_TOKEN</translation>
    </message>
</context>
<context>
    <name>kd::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The system keychain reported: %1</source>
        <translation>El llavero del sistema informó: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>llavero del sistema (Secret Service)</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (reading it back gave a different value).</source>
        <translation>El llavero del sistema no conservó el token (al volver a leerlo se obtuvo otro valor).</translation>
    </message>
</context>
<context>
    <name>kd::LegacyBanner</name>
    <message>
        <source>Create an API token…</source>
        <translation>Crear un token de API…</translation>
    </message>
    <message>
        <source>Opens your API token page of this Kimai in the browser</source>
        <translation>Abre su página de tokens de API de este Kimai en el navegador</translation>
    </message>
    <message>
        <source>Hide this notice until the next login</source>
        <translation>Ocultar este aviso hasta el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kimai is removing API passwords — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai %1 answers every request made with one 200 to 500 ms late, and Kimai 3.0 refuses them. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;Kimai está eliminando las contraseñas de API: cree un token de API.&lt;/b&gt; Ha iniciado sesión con una contraseña de API: Kimai %1 responde cada solicitud hecha con ella con 200 a 500 ms de retraso, y Kimai 3.0 las rechaza. Cree un token y vuelva a iniciar sesión con el método «Token de API (Bearer)».</translation>
    </message>
    <message>
        <source>&lt;b&gt;API passwords are deprecated — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai deprecated them in version 2.14, slows them down from 2.54 and refuses them from 3.0. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;Las contraseñas de API están obsoletas: cree un token de API.&lt;/b&gt; Ha iniciado sesión con una contraseña de API: Kimai las declaró obsoletas en la versión 2.14, las ralentiza a partir de la 2.54 y las rechaza a partir de la 3.0. Cree un token y vuelva a iniciar sesión con el método «Token de API (Bearer)».</translation>
    </message>
</context>
<context>
    <name>kd::LoginController</name>
    <message>
        <source>%1 %2 → no answer: %3</source>
        <translation>%1 %2 → sin respuesta: %3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation>%1 %2 → %3 · %4 ms</translation>
    </message>
    <message>
        <source>The API password method needs your Kimai username.</source>
        <translation>El método «Contraseña de API» necesita tu nombre de usuario de Kimai.</translation>
    </message>
    <message>
        <source>This address uses plain http: your API token would travel unencrypted over the network. Use https, or confirm that you accept this for this server.</source>
        <translation>Esta dirección usa http sin cifrar: tu token de API viajaría sin cifrar por la red. Usa https o confirma que lo aceptas para este servidor.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>Introduce tu token de API.</translation>
    </message>
    <message>
        <source>Enter your API token (create one in Kimai under your profile → API access).</source>
        <translation>Introduce tu token de API (crea uno en Kimai, en tu perfil → Acceso a la API).</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the stored token cannot be read. Enter your API token; it will be kept for this session only.</source>
        <translation>El llavero del sistema no está disponible, así que no se puede leer el token guardado. Introduce tu token de API; se conservará solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (or it is locked). Unlock it, or enter your API token.</source>
        <translation>Se denegó el acceso al llavero (o está bloqueado). Desbloquéalo o introduce tu token de API.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will need to enter it again next time.</source>
        <translation>No hay ningún llavero del sistema disponible: el token se conserva solo durante esta sesión y tendrás que volver a introducirlo la próxima vez.</translation>
    </message>
    <message>
        <source>There is no saved server to forget a token for.</source>
        <translation>No hay ningún servidor guardado cuyo token se pueda olvidar.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se pudo eliminar el token: %1</translation>
    </message>
    <message>
        <source>No system keychain is configured.</source>
        <translation>No hay ningún llavero del sistema configurado.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Leyendo el token del llavero…</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this server any more. Enter your API token.</source>
        <translation>El llavero ya no guarda ningún token para este servidor. Introduce tu token de API.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1). It is kept for this session only.</source>
        <translation>No se pudo guardar el token en el llavero (%1). Se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Se eliminó el token del llavero.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) answers on this computer.</source>
        <translation>Ningún llavero del sistema (Secret Service) responde en este equipo.</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). Working offline with what was known on %2: changes are kept on this computer and sent when Kimai answers.</source>
        <translation>No se puede contactar con Kimai (%1). Se trabaja sin conexión con lo que se sabía el %2: los cambios se guardan en este equipo y se envían cuando Kimai responda.</translation>
    </message>
    <message>
        <source>Logged in with an API password. Kimai deprecated API passwords in version 2.14, answers every request made with one 200 to 500 ms late since 2.54, and removes them in 3.0. Create an API token in Kimai (your profile → API access → Create) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Sesión iniciada con una contraseña de API. Kimai declaró obsoletas las contraseñas de API en la versión 2.14, responde cada solicitud hecha con ellas con 200 a 500 ms de retraso desde la 2.54 y las elimina en la 3.0. Cree un token de API en Kimai (su perfil → Acceso API → Crear) e inicie sesión con el método «Token de API (Bearer)».</translation>
    </message>
</context>
<context>
    <name>kd::LoginPage</name>
    <message>
        <source>Log in to Kimai</source>
        <translation>Iniciar sesión en Kimai</translation>
    </message>
    <message>
        <source>Enter the address of your Kimai and an API token. Create a token in Kimai under your profile → API access.</source>
        <translation>Introduce la dirección de tu Kimai y un token de API. Puedes crear un token en Kimai, en tu perfil → Acceso a la API.</translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation>Servidor guardado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove this saved server and its stored token</source>
        <translation>Eliminar este servidor guardado y su token almacenado</translation>
    </message>
    <message>
        <source>&amp;Saved server:</source>
        <translation>Servidor &amp;guardado:</translation>
    </message>
    <message>
        <source>https://kimai.example.com</source>
        <translation>https://kimai.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>needed for the API password method</source>
        <translation>necesario para el método «Contraseña de API»</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar u ocultar el token</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>API token (Bearer, Kimai 2.14+)</source>
        <translation>Token de API (Bearer, Kimai 2.14+)</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>Contraseña de API (antiguo, X-AUTH)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Recordar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Registro de conexión</translation>
    </message>
    <message>
        <source>Each request of Test connection and Log in appears here with its status and time.</source>
        <translation>Cada solicitud de «Probar conexión» e «Iniciar sesión» aparece aquí con su estado y su duración.</translation>
    </message>
    <message>
        <source>Connection works: Kimai %1, signed in as %2.</source>
        <translation>La conexión funciona: Kimai %1, sesión iniciada como %2.</translation>
    </message>
    <message>
        <source>✔ Test passed.</source>
        <translation>✔ Prueba superada.</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Nuevo servidor…</translation>
    </message>
    <message>
        <source>paste your API token</source>
        <translation>pega tu token de API</translation>
    </message>
    <message>
        <source>stored in the system keychain — leave empty to use it</source>
        <translation>guardado en el llavero del sistema — déjalo vacío para usarlo</translation>
    </message>
    <message>
        <source>The saved server was removed.</source>
        <translation>Se eliminó el servidor guardado.</translation>
    </message>
    <message>
        <source>— Test connection —</source>
        <translation>— Probar conexión —</translation>
    </message>
    <message>
        <source>— Log in —</source>
        <translation>— Iniciar sesión —</translation>
    </message>
    <message>
        <source>Use an https:// address to keep your token private.</source>
        <translation>Usa una dirección https:// para mantener tu token a salvo.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>Guardando el token en el llavero del sistema…</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Trusting the certificate for this server and trying again…</source>
        <translation>Marcando el certificado como de confianza para este servidor y volviendo a intentarlo…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token will be kept for this session only — Kimai Desk never writes it to a file.</source>
        <translation>No hay ningún llavero del sistema disponible, así que el token se conservará solo durante esta sesión; Kimai Desk nunca lo escribe en un archivo.</translation>
    </message>
    <message>
        <source>paste your new API token</source>
        <translation>pegue su nuevo token de API</translation>
    </message>
    <message>
        <source>Kimai is removing API passwords: create an API token in Kimai (your profile → API access) and paste it here. The stored API password still works with the method &quot;API password (legacy X-AUTH)&quot;.</source>
        <translation>Kimai está eliminando las contraseñas de API: cree un token de API en Kimai (su perfil → Acceso API) y péguelo aquí. La contraseña de API guardada sigue funcionando con el método «Contraseña de API (antiguo, X-AUTH)».</translation>
    </message>
</context>
<context>
    <name>kd::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Olvidar token</translation>
    </message>
    <message>
        <source>Delete this server&apos;s token from the system keychain</source>
        <translation>Eliminar el token de este servidor del llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Temporizador</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Iniciar…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Restart last</source>
        <translation>&amp;Volver a iniciar el último</translation>
    </message>
    <message>
        <source>Re&amp;load running timer</source>
        <translation>Re&amp;cargar el temporizador en curso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation>Buscar en &amp;JSON</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>JSON &amp;inspector</source>
        <translation>&amp;Inspector JSON</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Kimai Desk</source>
        <translation>&amp;Acerca de Kimai Desk</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <source>Add an entry with its times (a meeting you forgot to start)</source>
        <translation>Añadir una entrada con sus horas (una reunión que olvidó iniciar)</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Exchanges</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>%1 (token in keychain)</source>
        <translation>%1 (token en el llavero)</translation>
    </message>
    <message>
        <source>%1 (token for this session only)</source>
        <translation>%1 (token solo para esta sesión)</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Not connected (login failed)</source>
        <translation>Sin conexión (error al iniciar sesión)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
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
            <numerusform>Kimai rechazó el token. Inicie sesión de nuevo; %n cambio espera y se enviará después de iniciar sesión.</numerusform>
            <numerusform>Kimai rechazó el token. Inicie sesión de nuevo; %n cambios esperan y se enviarán después de iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Kimai could not be reached at the login. Shown is what was known on %1; changes are kept on this computer and sent when Kimai answers.</source>
        <translation>No se pudo contactar con Kimai al iniciar sesión. Se muestra lo que se sabía el %1; los cambios se guardan en este equipo y se envían cuando Kimai responda.</translation>
    </message>
</context>
<context>
    <name>kd::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
</context>
<context>
    <name>kd::ModelFormat</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>kd::NoticeWindow</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>kd::OfflineChangesDialog</name>
    <message>
        <source>Changes not yet in Kimai</source>
        <translation>Cambios que aún no están en Kimai</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Every change is in Kimai.</source>
        <translation>Todos los cambios están en Kimai.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>may have reached Kimai already: it is looked up before it is sent again</source>
        <translation>puede que ya haya llegado a Kimai: se comprueba antes de volver a enviarlo</translation>
    </message>
    <message>
        <source>Noted %1</source>
        <translation>Anotado el %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>No hay nada en espera.</translation>
    </message>
</context>
<context>
    <name>kd::OfflineStatus</name>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Kimai cannot be reached. Your changes are kept on this computer and sent, with the times you made them, as soon as Kimai answers.</source>
        <translation>No se puede contactar con Kimai. Sus cambios se guardan en este equipo y se envían, con las horas en que los hizo, en cuanto Kimai responda.</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>Requiere atención…</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>Mostrar cambios…</translation>
    </message>
</context>
<context>
    <name>kd::OfflineWork</name>
    <message numerus="yes">
        <source>%n change(s) waiting for Kimai</source>
        <translation>
            <numerusform>%n cambio en espera de Kimai</numerusform>
            <numerusform>%n cambios en espera de Kimai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention, %1 waiting</source>
        <translation>
            <numerusform>%n cambio requiere su atención, %1 en espera</numerusform>
            <numerusform>%n cambios requieren su atención, %1 en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>actividad %1</translation>
    </message>
    <message>
        <source>the entry started offline</source>
        <translation>la entrada iniciada sin conexión</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>Start %1 at %2</source>
        <translation>Iniciar %1 a las %2</translation>
    </message>
    <message>
        <source>Stop %1 at %2</source>
        <translation>Detener %1 a las %2</translation>
    </message>
    <message>
        <source>New entry %1, %2 to %3</source>
        <translation>Nueva entrada %1, de %2 a %3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>kd::PickerField</name>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>escribe para buscar</translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message>
        <source>No pings yet</source>
        <translation>Aún no hay pings</translation>
    </message>
    <message>
        <source>max %1 ms</source>
        <translation>máx. %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln ping(s)</source>
        <translation>
            <numerusform>%Ln ping</numerusform>
            <numerusform>últimos %Ln pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message>
        <source>Ping again</source>
        <translation>Hacer ping de nuevo</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Repeat interval in seconds</source>
        <translation>Intervalo de repetición en segundos</translation>
    </message>
    <message>
        <source>The server answered:</source>
        <translation>El servidor respondió:</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The last ping failed.</source>
        <translation>El último ping falló.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Ida y vuelta: %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s), none answered.</source>
        <translation>
            <numerusform>%Ln ping, sin respuesta.</numerusform>
            <numerusform>%Ln pings, ninguno respondido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>%Ln ping: mín. %1 ms · media %2 ms · máx. %3 ms · fallidos: %4</numerusform>
            <numerusform>%Ln pings: mín. %1 ms · media %2 ms · máx. %3 ms · fallidos: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer the last ping.</source>
        <translation>El servidor no respondió al último ping.</translation>
    </message>
</context>
<context>
    <name>kd::ProjectModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Global activities</source>
        <translation>Actividades globales</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
</context>
<context>
    <name>kd::RangeLoader</name>
    <message>
        <source>Loading the timesheets was cancelled.</source>
        <translation>Se canceló la carga de los registros de tiempo.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Sin conexión con un servidor Kimai.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>La página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>La página %1</translation>
    </message>
    <message>
        <source>%1 of the timesheets could not be loaded: %2</source>
        <translation>%1 de los registros de tiempo no se pudo cargar: %2</translation>
    </message>
</context>
<context>
    <name>kd::RetryEditor</name>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Editar y reintentar</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Begin:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
</context>
<context>
    <name>kd::Screenshotter</name>
    <message>
        <source>Timed out waiting for the window to load.</source>
        <translation>Se agotó el tiempo de espera para que cargara la ventana.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>No se pudo guardar la captura de pantalla en %1.</translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Kimai Desk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Kimai Desk.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Re-read the running timer every:</source>
        <translation>Volver a leer el temporizador en curso cada:</translation>
    </message>
    <message>
        <source>Closing the window keeps Kimai Desk in the tray</source>
        <translation>Al cerrar la ventana, Kimai Desk sigue en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Show a desktop notification when a timer starts or stops from the tray or a command</source>
        <translation>Mostrar una notificación cuando un temporizador se inicie o se detenga desde la bandeja o con un comando</translation>
    </message>
    <message>
        <source>Start Kimai Desk when I log in</source>
        <translation>Abrir Kimai Desk al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Network timeout (no data for):</source>
        <translation>Tiempo de espera de red (sin datos durante):</translation>
    </message>
    <message>
        <source>Maximum response size:</source>
        <translation>Tamaño máximo de respuesta:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>Registro del tiempo</translation>
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Timer started</source>
        <translation>Temporizador iniciado</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
</context>
<context>
    <name>kd::SleepMonitor</name>
    <message>
        <source>Stopping the running timer before the computer sleeps</source>
        <translation>Deteniendo el temporizador en marcha antes de que el equipo entre en reposo</translation>
    </message>
</context>
<context>
    <name>kd::StartDialog</name>
    <message>
        <source>Start a timer</source>
        <translation>Iniciar un temporizador</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>escribe para buscar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>separadas por comas, p. ej. reunión, interno</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Edit the running timer</source>
        <translation>Editar el temporizador en curso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Elige un proyecto.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Elige una actividad.</translation>
    </message>
    <message>
        <source>%1 starts. The server records the start time.</source>
        <translation>%1 para iniciar. El servidor registra la hora de inicio.</translation>
    </message>
    <message>
        <source>%1 saves the changes.</source>
        <translation>%1 guarda los cambios.</translation>
    </message>
</context>
<context>
    <name>kd::Sync</name>
    <message>
        <source>The entry this change belongs to was never created in Kimai.</source>
        <translation>La entrada a la que pertenece este cambio nunca se creó en Kimai.</translation>
    </message>
    <message>
        <source>Entry %1 no longer exists in Kimai: it was deleted there.</source>
        <translation>La entrada %1 ya no existe en Kimai: se eliminó allí.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>Kimai already runs %1, started %2 (entry %3).</source>
        <translation>Ya hay un temporizador en marcha en Kimai: %1, iniciado el %2 (entrada %3).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to Kimai…</source>
        <translation>
            <numerusform>Enviando %n cambio a Kimai…</numerusform>
            <numerusform>Enviando %n cambios a Kimai…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — %n cambio en espera</numerusform>
            <numerusform>Sin conexión — %n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log in again to send %n waiting change(s)</source>
        <translation>
            <numerusform>Inicie sesión de nuevo para enviar %n cambio en espera</numerusform>
            <numerusform>Inicie sesión de nuevo para enviar %n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n cambio requiere su atención</numerusform>
            <numerusform>%n cambios requieren su atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Another timer is running in Kimai</source>
        <translation>Otro temporizador está en marcha en Kimai</translation>
    </message>
    <message>
        <source>Deleted in Kimai</source>
        <translation>Eliminada en Kimai</translation>
    </message>
    <message>
        <source>Refused by Kimai</source>
        <translation>Rechazada por Kimai</translation>
    </message>
    <message>
        <source>Keep both running</source>
        <translation>Mantener ambos en marcha</translation>
    </message>
    <message>
        <source>Stop the other timer when mine started</source>
        <translation>Detener el otro temporizador cuando empezó el mío</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>Crearla de nuevo</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Editar y reintentar</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Descartar mi cambio</translation>
    </message>
</context>
<context>
    <name>kd::TabPage</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>kd::TagEnsurer</name>
    <message>
        <source>you may not create tags on this Kimai (an administrator can create them for you, or allow you to create tags)</source>
        <translation>no puede crear etiquetas en este Kimai (un administrador puede crearlas por usted o permitírselo)</translation>
    </message>
    <message>
        <source>Kimai refused the name: %1</source>
        <translation>Kimai rechazó el nombre: %1</translation>
    </message>
    <message>
        <source>the tag could not be created: %1</source>
        <translation>no se pudo crear la etiqueta: %1</translation>
    </message>
    <message>
        <source>Kimai did not keep them (it ignores tag names it does not know)</source>
        <translation>Kimai no las conservó (ignora los nombres de etiqueta que no conoce)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not saved (%1): %2.</source>
        <translation>
            <numerusform>%n etiqueta no guardada (%1): %2.</numerusform>
            <numerusform>%n etiquetas no guardadas (%1): %2.</numerusform>
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
        <translation>Progreso hacia el objetivo de hoy</translation>
    </message>
    <message>
        <source>Progress towards this week&apos;s target</source>
        <translation>Progreso hacia el objetivo de esta semana</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <translation>Hoy %1 de %2 h</translation>
    </message>
    <message>
        <source>This week %1 of %2 h</source>
        <translation>Esta semana %1 de %2 h</translation>
    </message>
    <message>
        <source>Today: %1 of %2 h (%3 %)</source>
        <translation>Hoy: %1 de %2 h (%3 %)</translation>
    </message>
    <message>
        <source>This week: %1 of %2 h (%3 %)</source>
        <translation>Esta semana: %1 de %2 h (%3 %)</translation>
    </message>
</context>
<context>
    <name>kd::TimeInput</name>
    <message>
        <source>Nothing was typed.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>“%1” is not understood here.</source>
        <translation>«%1» no se entiende aquí.</translation>
    </message>
    <message>
        <source>Something is missing at the end.</source>
        <translation>Falta algo al final.</translation>
    </message>
    <message>
        <source>Hours go from 0 to 23 (1 to 12 with am or pm).</source>
        <translation>Las horas van de 0 a 23 (de 1 a 12 con a. m. o p. m.).</translation>
    </message>
    <message>
        <source>Minutes and seconds are two digits from 00 to 59.</source>
        <translation>Los minutos y los segundos son dos cifras de 00 a 59.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Esa fecha no existe.</translation>
    </message>
    <message>
        <source>The end time is missing.</source>
        <translation>Falta la hora de fin.</translation>
    </message>
    <message>
        <source>The end must be after the begin.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>A time is missing after the date.</source>
        <translation>Falta una hora después de la fecha.</translation>
    </message>
</context>
<context>
    <name>kd::TimeKeepingPage</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Fuera del ordenador</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never (idle detection off)</source>
        <translation>nunca (detección de inactividad desactivada)</translation>
    </message>
    <message>
        <source>Ask when I come back after being idle for more than:</source>
        <translation>Preguntar cuando vuelva tras una inactividad de más de:</translation>
    </message>
    <message>
        <source>Stop the timer at that moment</source>
        <translation>Detener el temporizador en ese momento</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Dejarlo en marcha</translation>
    </message>
    <message>
        <source>Ask when I&apos;m back</source>
        <translation>Preguntar cuando vuelva</translation>
    </message>
    <message>
        <source>When the screen is &amp;locked:</source>
        <translation>Cuando la pantalla se &amp;bloquea:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>Cuando el ordenador se &amp;suspende:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Detener el temporizador</translation>
    </message>
    <message>
        <source>Keep it running on the server</source>
        <translation>Dejarlo en marcha en el servidor</translation>
    </message>
    <message>
        <source>When I &amp;quit Kimai Desk:</source>
        <translation>Cuando &amp;salgo de Kimai Desk:</translation>
    </message>
    <message>
        <source>Logging out of the desktop asks nothing: it stops the timer when this says “Stop the timer” and keeps it running otherwise.</source>
        <translation>Cerrar la sesión del escritorio no pregunta nada: detiene el temporizador si aquí dice «Detener el temporizador» y, si no, lo deja en marcha.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Remind me when a timer has run for more than:</source>
        <translation>Avisarme cuando un temporizador lleve en marcha más de:</translation>
    </message>
    <message>
        <source>Remind me when no timer runs during my working hours, every</source>
        <translation>Avisarme cuando no haya ningún temporizador en marcha en mi horario laboral, cada</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Horario laboral:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Hours a &amp;day:</source>
        <translation>Horas al &amp;día:</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Horas a la &amp;semana:</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s totals show in the timer bar and the tray.</source>
        <translation>Los totales de hoy y de esta semana se muestran en la barra del temporizador y en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Notify me at 90 % and at 100 % of the day&apos;s target</source>
        <translation>Avisarme al 90 % y al 100 % del objetivo del día</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>El tiempo de inactividad viene de %1.</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s idle time…</source>
        <translation>Buscando el tiempo de inactividad del escritorio…</translation>
    </message>
    <message>
        <source>Idle detection is not available on this Wayland session: it offers neither GNOME&apos;s idle monitor nor the screen saver&apos;s idle time. Screen lock and sleep still work.</source>
        <translation>La detección de inactividad no está disponible en esta sesión de Wayland: no ofrece ni el monitor de inactividad de GNOME ni el tiempo de inactividad del salvapantallas. El bloqueo de pantalla y la suspensión siguen funcionando.</translation>
    </message>
    <message>
        <source>Idle detection is not available on this desktop: no idle source answered. Screen lock and sleep still work.</source>
        <translation>La detección de inactividad no está disponible en este escritorio: ninguna fuente respondió. El bloqueo de pantalla y la suspensión siguen funcionando.</translation>
    </message>
    <message>
        <source>Ask in a desktop notification too (the question&apos;s window always opens)</source>
        <translation>Preguntar también en una notificación del escritorio (la ventana de la pregunta siempre se abre)</translation>
    </message>
    <message>
        <source>GNOME&apos;s idle monitor (%1)</source>
        <translation>el monitor de inactividad de GNOME (%1)</translation>
    </message>
    <message>
        <source>the desktop&apos;s screen saver service (%1)</source>
        <translation>el servicio de salvapantallas del escritorio (%1)</translation>
    </message>
    <message>
        <source>the X11 screen saver extension (%1)</source>
        <translation>la extensión de salvapantallas de X11 (%1)</translation>
    </message>
</context>
<context>
    <name>kd::Timekeeper</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer ran.</source>
        <translation>Estuvo ausente de %1 a %2 (%3) mientras el temporizador seguía en marcha.</translation>
    </message>
    <message numerus="yes">
        <source>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</source>
        <translation>
            <numerusform>Estuvo ausente %n vez entre %1 y %2 (%3 en total) mientras el temporizador seguía en marcha.</numerusform>
            <numerusform>Estuvo ausente %n veces entre %1 y %2 (%3 en total) mientras el temporizador seguía en marcha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding the time ends the entry at %1.</source>
        <translation>Descartar el tiempo termina la entrada a las %1.</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Conservar el tiempo</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Discard and continue</source>
        <translation>Descartar y continuar</translation>
    </message>
    <message>
        <source>Book it elsewhere…</source>
        <translation>Registrarlo en otro sitio…</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>El temporizador siguió en marcha mientras estaba ausente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>El temporizador</translation>
    </message>
    <message>
        <source>Is this timer still right?</source>
        <translation>¿Sigue siendo correcto este temporizador?</translation>
    </message>
    <message>
        <source>%1 has been running for %2 h, since %3.</source>
        <translation>%1 lleva %2 h en marcha, desde %3.</translation>
    </message>
    <message>
        <source>Stop at %1</source>
        <translation>Detener a las %1</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Dejar en marcha</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>Ningún temporizador en marcha</translation>
    </message>
    <message>
        <source>It is within your working hours, and nothing is being tracked.</source>
        <translation>Está en su horario laboral y no se está registrando nada.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Iniciar…</translation>
    </message>
    <message>
        <source>Restart last</source>
        <translation>Volver a iniciar el último</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Posponer una hora</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>Hoy ya no</translation>
    </message>
    <message>
        <source>Today&apos;s target is reached</source>
        <translation>Objetivo de hoy alcanzado</translation>
    </message>
    <message>
        <source>Today&apos;s target is close</source>
        <translation>El objetivo de hoy está cerca</translation>
    </message>
    <message>
        <source>%1 of %2 h tracked today (%3 %).</source>
        <translation>Hoy registrado: %1 de %2 h (%3 %).</translation>
    </message>
    <message>
        <source>Stop at this time</source>
        <translation>Detener a esta hora</translation>
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
        <translation>Volver a iniciar</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Iniciar…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Ningún temporizador en marcha.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>Iniciar un temporizador (%1)</translation>
    </message>
    <message>
        <source>Stop this timer (%1 stops the newest)</source>
        <translation>Detener este temporizador (%1 detiene el más reciente)</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Comunicando con el servidor…</translation>
    </message>
    <message>
        <source>not yet in Kimai</source>
        <translation>aún no está en Kimai</translation>
    </message>
    <message>
        <source>Started while Kimai could not be reached. It is kept on this computer and sent, with this start time, as soon as Kimai answers.</source>
        <translation>Iniciado cuando no se podía contactar con Kimai. Se guarda en este equipo y se envía, con esta hora de inicio, en cuanto Kimai responda.</translation>
    </message>
    <message>
        <source>Changed while Kimai could not be reached. The change is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Cambiado cuando no se podía contactar con Kimai. El cambio se guarda en este equipo y se envía en cuanto Kimai responda.</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <source>Start a favourite, or add the running timer to the favourites</source>
        <translation>Iniciar un favorito o añadir el temporizador en marcha a los favoritos</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nueva entrada…</translation>
    </message>
    <message>
        <source>Add an entry with its times (%1)</source>
        <translation>Añadir una entrada con sus horas (%1)</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimerController</name>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai no permite horas en el futuro.</translation>
    </message>
    <message>
        <source>The server did not answer, and the current state could not be read either (%1). Nothing was retried. Check the timer in Kimai before trying again.</source>
        <translation>El servidor no respondió y tampoco se pudo leer el estado actual (%1). No se ha reintentado nada. Comprueba el temporizador en Kimai antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, and the timer is still running. Nothing was retried; stop it again when the connection is back.</source>
        <translation>El servidor no confirmó la detención y el temporizador sigue en marcha. No se ha reintentado nada; vuelve a detenerlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, but the timer is stopped.</source>
        <translation>El servidor no confirmó la detención, pero el temporizador está detenido.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, and no timer is running for it. Nothing was retried; start it again when the connection is back.</source>
        <translation>El servidor no confirmó el inicio y no hay ningún temporizador en marcha para él. No se ha reintentado nada; vuelve a iniciarlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, but the timer has been running since %1.</source>
        <translation>El servidor no confirmó el inicio, pero el temporizador está en marcha desde las %1.</translation>
    </message>
    <message>
        <source>There is no recent timesheet to restart.</source>
        <translation>No hay ningún registro de tiempo reciente que volver a iniciar.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and its restart could not be kept for later.</source>
        <translation>Esta entrada aún no está en Kimai y su reinicio no se pudo guardar para más tarde.</translation>
    </message>
</context>
<context>
    <name>kd::TimerJobs</name>
    <message>
        <source>Kimai does not accept end times from you in its tracking mode, so the timer was stopped now instead of when you left.</source>
        <translation>En su modo de registro, Kimai no acepta horas de fin de usted, así que el temporizador se detuvo ahora y no cuando se fue.</translation>
    </message>
    <message>
        <source>The time you were away could not be booked: %1</source>
        <translation>No se pudo registrar el tiempo de su ausencia: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetActions</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <source>Add an entry (%1)</source>
        <translation>Añadir una entrada (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the entry (Enter, double-click)</source>
        <translation>Editar la entrada (Intro, doble clic)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>C&amp;ontinue now</source>
        <translation>C&amp;ontinuar ahora</translation>
    </message>
    <message>
        <source>Start a timer with the same project, activity, description and tags</source>
        <translation>Iniciar un temporizador con el mismo proyecto, actividad, descripción y etiquetas</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer la eliminación</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabuladores para una hoja de cálculo</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Deta&amp;ils…</source>
        <translation>Deta&amp;lles…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n entries…</source>
        <translation>
            <numerusform>E&amp;liminar %n entrada…</numerusform>
            <numerusform>E&amp;liminar %n entradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete (%n entries)</source>
        <translation>
            <numerusform>&amp;Deshacer la eliminación (%n entrada)</numerusform>
            <numerusform>&amp;Deshacer la eliminación (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry/entries?</source>
        <translation>
            <numerusform>¿Eliminar %n entrada?</numerusform>
            <numerusform>¿Eliminar %n entradas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n entrada exportada no se puede eliminar y se quedará.</numerusform>
            <numerusform>%n entradas exportadas no se pueden eliminar y se quedarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted: they are locked.</source>
        <translation>
            <numerusform>%n entrada exportada no se puede eliminar: está bloqueada.</numerusform>
            <numerusform>%n entradas exportadas no se pueden eliminar: están bloqueadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Ctrl+Z creates them again (with new ids).</source>
        <translation>Ctrl+Z las vuelve a crear (con nuevos id).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n fila copiada.</numerusform>
            <numerusform>%n filas copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n entrada de otro usuario no se puede eliminar y se quedará.</numerusform>
            <numerusform>%n entradas de otros usuarios no se pueden eliminar y se quedarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted: you may not change them.</source>
        <translation>
            <numerusform>%n entrada de otro usuario no se puede eliminar: no puede cambiarla.</numerusform>
            <numerusform>%n entradas de otros usuarios no se pueden eliminar: no puede cambiarlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExport</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExporter</name>
    <message>
        <source>the output was closed</source>
        <translation>la salida se cerró</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries exported.</source>
        <translation>
            <numerusform>%n entrada exportada.</numerusform>
            <numerusform>%n entradas exportadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This timer is running.</source>
        <translation>Este temporizador está en marcha.</translation>
    </message>
    <message>
        <source>Not yet in Kimai: made while Kimai could not be reached. It is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Aún no está en Kimai: creada cuando no se podía contactar con Kimai. Se guarda en este equipo y se envía en cuanto Kimai responda.</translation>
    </message>
    <message>
        <source>Changes not yet in Kimai: made while Kimai could not be reached. They are kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Cambios que aún no están en Kimai: hechos cuando no se podía contactar con Kimai. Se guardan en este equipo y se envían en cuanto Kimai responda.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Registros de tiempo</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) · total %1</source>
        <translation>
            <numerusform>%Ln registro · total %1</numerusform>
            <numerusform>%Ln registros · total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%Ln registro en este intervalo · %1 para los %2 cargados hasta ahora (desplázate para ver más)</numerusform>
            <numerusform>%Ln registros en este intervalo · %1 para los %2 cargados hasta ahora (desplázate para ver más)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description (full)</source>
        <translation>Descripción (completa)</translation>
    </message>
    <message>
        <source>Timesheet #%1</source>
        <translation>Registro de tiempo n.º %1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nueva entrada…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the timesheets as CSV</source>
        <translation>Exportar los registros de tiempo como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Entradas de quién</translation>
    </message>
    <message>
        <source>Your own entries, or everyone&apos;s you may see (teamleads and administrators)</source>
        <translation>Sus propias entradas, o las de todos los que puede ver (jefes de equipo y administradores)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
</context>
<context>
    <name>kd::TrayIcon</name>
    <message>
        <source>No timer running</source>
        <translation>Ningún temporizador en marcha</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Detener: %1</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Iniciar…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Volver a iniciar</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nueva entrada…</translation>
    </message>
</context>
<context>
    <name>kd::VersionTab</name>
    <message>
        <source>Version ID:</source>
        <translation>ID de versión:</translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation>Copyright:</translation>
    </message>
    <message>
        <source>Kimai Desk:</source>
        <translation>Kimai Desk:</translation>
    </message>
    <message>
        <source>This server supports:</source>
        <translation>Este servidor admite:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — Kimai 2.14 and later</source>
        <translation>Tokens de API (Authorization: Bearer) — Kimai 2.14 y posteriores</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — only Kimai 2.14 and later</source>
        <translation>Tokens de API (Authorization: Bearer) — solo Kimai 2.14 y posteriores</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0</source>
        <translation>Contraseñas de API (encabezados X-AUTH) — obsoletas desde 2.14, eliminadas en 3.0</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers)</source>
        <translation>Contraseñas de API (encabezados X-AUTH)</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — removed in Kimai 3.0</source>
        <translation>Contraseñas de API (encabezados X-AUTH) — eliminadas en Kimai 3.0</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint (Kimai 1.x)</source>
        <translation>El endpoint /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint — removed in Kimai 2.0</source>
        <translation>El endpoint /api/config/i18n — eliminado en Kimai 2.0</translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation>Sesión iniciada con: %1</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>Contraseña de API (antiguo, X-AUTH)</translation>
    </message>
    <message>
        <source>API token (Bearer)</source>
        <translation>Token de API (Bearer)</translation>
    </message>
    <message>
        <source>%1 (Qt %2 at run time, built with Qt %3)</source>
        <translation>%1 (Qt %2 en ejecución, compilado con Qt %3)</translation>
    </message>
    <message>
        <source>Favourites kept by Kimai (2.66 and later)</source>
        <translation>Favoritos guardados por Kimai (2.66 y posteriores)</translation>
    </message>
    <message>
        <source>Favourites — kept on this computer (Kimai keeps them from 2.66)</source>
        <translation>Favoritos — guardados en este equipo (Kimai los guarda desde la 2.66)</translation>
    </message>
</context>
<context>
    <name>kd::WeekSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>kd::WeekView</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Hours per day, stacked by project</source>
        <translation>Horas por día, apiladas por proyecto</translation>
    </message>
    <message>
        <source>Click a cell to list its entries.</source>
        <translation>Haga clic en una celda para ver sus entradas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semana %1: %2 – %3</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation>toda la semana</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry/entries (Enter or a double-click edits one)</source>
        <translation>
            <numerusform>%1, %2: %n entrada (Intro o un doble clic la edita)</numerusform>
            <numerusform>%1, %2: %n entradas (Intro o un doble clic edita una)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>No se puede mostrar el gráfico: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No hours recorded in this span.</source>
        <translation>No hay horas registradas en este periodo.</translation>
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
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
</context>
</TS>
