<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Kimai refused the data</source>
        <translation>Kimai a refusé les données</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what Kimai sends (%1). Is this a Kimai server, and is it a supported version?</source>
        <translation>La réponse du serveur ne correspond pas à ce qu&apos;envoie Kimai (%1). S&apos;agit-il bien d&apos;un serveur Kimai, et sa version est-elle prise en charge&#xa0;?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not loaded. Narrow the request (for example a shorter date range) or raise the limit in the settings.</source>
        <translation>La réponse du serveur dépasse %1 Mo et n&apos;a pas été chargée. Restreignez la requête (par exemple avec une période plus courte) ou augmentez la limite dans les paramètres.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Kimai Desk does not follow redirects to another address or to plain http, to keep your token safe. If that address is right, use it as the server address.</source>
        <translation>Le serveur a redirigé vers %1. Kimai Desk ne suit pas les redirections vers une autre adresse ou vers du http non chiffré, afin de protéger votre jeton. Si cette adresse est la bonne, utilisez-la comme adresse du serveur.</translation>
    </message>
    <message>
        <source>The server took too long to send its answer. Try again later or check the connection.</source>
        <translation>Le serveur a mis trop de temps à envoyer sa réponse. Réessayez plus tard ou vérifiez la connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez que l&apos;adresse est correcte et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection ended without an answer from the server.</source>
        <translation>La connexion s&apos;est terminée sans réponse du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address for typing errors and that this computer is online.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez que l&apos;adresse ne contient pas de faute de frappe et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that Kimai is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse et le port, et que Kimai fonctionne.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>Le serveur a fermé la connexion avant de répondre. Réessayez&#xa0;; si cela se reproduit, le serveur ou un proxy intermédiaire a un problème.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If you know this server uses its own certificate, check its fingerprint and trust it for this server.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1). Si vous savez que ce serveur utilise son propre certificat, vérifiez son empreinte et approuvez-le pour ce serveur.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up. Does the server speak https on this port?</source>
        <translation>Impossible d&apos;établir une connexion sécurisée. Le serveur parle-t-il https sur ce port&#xa0;?</translation>
    </message>
    <message>
        <source>The server keeps redirecting. Check the server address.</source>
        <translation>Le serveur redirige sans cesse. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token safe.</source>
        <translation>Le serveur a redirigé de https vers du http non chiffré. Kimai Desk ne suit pas cette redirection, afin de protéger votre jeton.</translation>
    </message>
    <message>
        <source>The network is not available. Check that this computer is online.</source>
        <translation>Le réseau n&apos;est pas disponible. Vérifiez que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>The proxy server failed (%1). Check the proxy settings of this computer.</source>
        <translation>Le serveur proxy a échoué (%1). Vérifiez les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>La connexion au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kimai refused the data.</source>
        <translation>Kimai a refusé les données.</translation>
    </message>
    <message>
        <source>Kimai refused the data: %1</source>
        <translation>Kimai a refusé les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kimai refused the request as invalid (400 Bad Request).</source>
        <translation>Kimai a refusé la requête car elle n&apos;est pas valide (400 Bad Request).</translation>
    </message>
    <message>
        <source>Kimai refused the request: %1</source>
        <translation>Kimai a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in Kimai (your profile → API access) and enter it here.</source>
        <translation>Kimai a refusé le jeton d&apos;API&#xa0;: il est erroné, expiré ou a été supprimé. Créez un nouveau jeton dans Kimai (votre profil → Accès API) et saisissez-le ici.</translation>
    </message>
    <message>
        <source>The server asks for a different login (an HTML page answered, not Kimai). Is a proxy protecting this address, or is Kimai somewhere else?</source>
        <translation>Le serveur demande une autre authentification (une page HTML a répondu, pas Kimai). Un proxy protège-t-il cette adresse, ou Kimai se trouve-t-il ailleurs&#xa0;?</translation>
    </message>
    <message>
        <source>Kimai wants a login: enter your username and API token.</source>
        <translation>Kimai demande une authentification&#xa0;: saisissez votre nom d&apos;utilisateur et votre jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password.</source>
        <translation>Kimai a refusé le nom d&apos;utilisateur ou le mot de passe d&apos;API.</translation>
    </message>
    <message>
        <source>You are signed in, but Kimai does not allow this. Your account may lack the permission (or API access was turned off for your role).</source>
        <translation>Vous êtes connecté, mais Kimai ne l&apos;autorise pas. Votre compte n&apos;a peut-être pas l&apos;autorisation nécessaire (ou l&apos;accès API a été désactivé pour votre rôle).</translation>
    </message>
    <message>
        <source>Kimai says this does not exist (any more). It may have been deleted.</source>
        <translation>Selon Kimai, cet élément n&apos;existe pas (ou plus). Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>There is no Kimai API at this address. Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>Il n&apos;y a pas d&apos;API Kimai à cette adresse. Vérifiez l&apos;adresse du serveur, y compris un éventuel sous-chemin comme https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server refused the request method (405). A proxy or a redirect (for example http → https or a missing sub-path) may have changed the request. Use the exact https address of Kimai.</source>
        <translation>Le serveur a refusé la méthode de la requête (405). Un proxy ou une redirection (par exemple http → https ou un sous-chemin manquant) a peut-être modifié la requête. Utilisez l&apos;adresse https exacte de Kimai.</translation>
    </message>
    <message>
        <source>Kimai is limiting the number of requests. Wait a minute and try again.</source>
        <translation>Kimai limite le nombre de requêtes. Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1) and answered with an error page. Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>Le serveur a rencontré une erreur interne (%1) et a répondu par une page d&apos;erreur. Réessayez plus tard&#xa0;; si le problème persiste, l&apos;administrateur de Kimai trouvera les détails dans le journal du serveur.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation>Le serveur a rencontré une erreur interne (%1). Réessayez plus tard&#xa0;; si le problème persiste, l&apos;administrateur de Kimai trouvera les détails dans le journal du serveur.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address it redirects to as the server address.</source>
        <translation>Le serveur a répondu par une redirection (%1) que Kimai Desk ne suit pas. Utilisez l&apos;adresse de destination de la redirection comme adresse du serveur.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>Le serveur a répondu avec un statut inattendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Aucune adresse de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of Kimai&apos;s JSON. Is Kimai at this address? Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation>Le serveur a répondu par une page web au lieu du JSON de Kimai. Kimai se trouve-t-il à cette adresse&#xa0;? Vérifiez l&apos;adresse du serveur, y compris un éventuel sous-chemin comme https://example.com/kimai.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is Kimai at this address, and is nothing in between (a proxy or a security filter) changing the answers?</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide. Kimai se trouve-t-il à cette adresse, et aucun intermédiaire (un proxy ou un filtre de sécurité) ne modifie-t-il les réponses&#xa0;?</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation>La connexion a été interrompue avant la fin de la réponse. Réessayez&#xa0;; si cela se reproduit, le serveur ou un proxy intermédiaire a un problème.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (HTTP %1). Try again; a proxy in between may be misbehaving.</source>
        <translation>La réponse du serveur est incompréhensible (HTTP %1). Réessayez&#xa0;; un proxy intermédiaire fonctionne peut-être mal.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for it. This can mean someone is intercepting the connection. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the saved server in the login form (Remove) and connect again.</source>
        <translation>Le serveur a présenté un autre certificat que celui que vous aviez approuvé pour lui. Quelqu&apos;un intercepte peut-être la connexion. Rien n&apos;a été envoyé. Si le certificat du serveur a été remplacé volontairement, supprimez le serveur enregistré dans le formulaire de connexion (Supprimer) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Kimai did not receive the API token. A web server or proxy in front of Kimai may drop the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Kimai n&apos;a pas reçu le jeton d&apos;API. Un serveur web ou un proxy placé devant Kimai supprime peut-être l&apos;en-tête Authorization (sous Apache, transmettez-le avec SetEnvIf Authorization). Vous pouvez aussi essayer la méthode «&#xa0;Mot de passe d&apos;API (ancien, X-AUTH)&#xa0;».</translation>
    </message>
    <message>
        <source>Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an API token with the &quot;API token (Bearer, Kimai 2.14+)&quot; method instead.</source>
        <translation>Kimai a refusé le nom d&apos;utilisateur ou le mot de passe d&apos;API. Vérifiez les deux&#xa0;; à partir de Kimai 2.14, utilisez plutôt un jeton d&apos;API avec la méthode «&#xa0;Jeton d&apos;API (Bearer, Kimai 2.14+)&#xa0;».</translation>
    </message>
    <message>
        <source>This server only accepts a username with an API password (Kimai 1.x or an older 2.x). Enter your username and choose the &quot;API password (legacy X-AUTH)&quot; method.</source>
        <translation>Ce serveur n&apos;accepte qu&apos;un nom d&apos;utilisateur avec un mot de passe d&apos;API (Kimai 1.x ou un ancien 2.x). Saisissez votre nom d&apos;utilisateur et choisissez la méthode «&#xa0;Mot de passe d&apos;API (ancien, X-AUTH)&#xa0;».</translation>
    </message>
    <message>
        <source>You may not see that customer: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another customer.</source>
        <translation>Vous n&apos;avez pas accès à ce client : Kimai refuse une liste filtrée par lui (il appartient à une équipe dont vous ne faites pas partie). Choisissez un autre client.</translation>
    </message>
    <message>
        <source>You may not see that project: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another project.</source>
        <translation>Vous n&apos;avez pas accès à ce projet : Kimai refuse une liste filtrée par lui (il appartient à une équipe dont vous ne faites pas partie). Choisissez un autre projet.</translation>
    </message>
    <message>
        <source>You may not see that activity: Kimai refuses a list filtered by it (it belongs to a team you are not in). Choose another activity.</source>
        <translation>Vous n&apos;avez pas accès à cette activité : Kimai refuse une liste filtrée par elle (elle appartient à une équipe dont vous ne faites pas partie). Choisissez une autre activité.</translation>
    </message>
    <message>
        <source>You may not see one of the chosen customers, projects or activities: Kimai refuses a list filtered by it. Change the filter.</source>
        <translation>Vous n&apos;avez pas accès à l&apos;un des clients, projets ou activités choisis : Kimai refuse une liste filtrée ainsi. Modifiez le filtre.</translation>
    </message>
    <message>
        <source>This Kimai does not accept API passwords any more (Kimai 3.0 removed them). Create an API token in Kimai (your profile → API access) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Ce Kimai n&apos;accepte plus les mots de passe d&apos;API (Kimai 3.0 les a supprimés). Créez un jeton d&apos;API dans Kimai (votre profil → Accès API) et connectez-vous avec la méthode « Jeton d&apos;API (Bearer) ».</translation>
    </message>
    <message numerus="yes">
        <source>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second(s); then try again.</source>
        <translation>
            <numerusform>Kimai a refusé la dernière tentative : trop de requêtes. Rien n&apos;est envoyé pendant encore %n seconde ; réessayez ensuite.</numerusform>
            <numerusform>Kimai a refusé la dernière tentative : trop de requêtes. Rien n&apos;est envoyé pendant encore %n secondes ; réessayez ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kimai refuses API passwords for a while: there were too many attempts with a wrong username or API password (Kimai allows five a minute). Wait a minute and check both, or better, create an API token in Kimai (your profile → API access) and use it instead.</source>
        <translation>Kimai refuse les mots de passe d&apos;API pendant un moment : trop de tentatives avec un nom d&apos;utilisateur ou un mot de passe d&apos;API erroné (Kimai en autorise cinq par minute). Attendez une minute et vérifiez les deux, ou mieux, créez un jeton d&apos;API dans Kimai (votre profil → Accès API) et utilisez-le à la place.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timer started</source>
        <translation>Chronomètre démarré</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Chronomètre arrêté</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>There is no saved server called &quot;%1&quot;.</source>
        <translation>Aucun serveur enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another command is still running.</source>
        <translation>Une autre commande est encore en cours.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the %1 tab failed: %2</source>
        <translation>Échec du chargement de l&apos;onglet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>Capture d&apos;écran enregistrée dans %1</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Scripted control is not available: %1</source>
        <translation>Le contrôle par script n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kimai Desk has no saved login with a token in the keychain. Log in once in the window (with &quot;Remember the token in the system keychain&quot;), or give --server, --username and --token-file.</source>
        <translation>Kimai Desk n&apos;a aucune connexion enregistrée avec un jeton dans le trousseau. Connectez-vous une fois dans la fenêtre (avec «&#xa0;Mémoriser le jeton dans le trousseau du système&#xa0;»), ou indiquez --server, --username et --token-file.</translation>
    </message>
    <message>
        <source>The running Kimai Desk did not answer in time. Check the timer in the window before trying again.</source>
        <translation>L’instance de Kimai Desk en cours n’a pas répondu à temps. Vérifiez le minuteur dans la fenêtre avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>The address of %1 starts with http://, not https://.</source>
        <translation>L&apos;adresse de %1 commence par http://, et non par https://.</translation>
    </message>
    <message>
        <source>Your API token would travel unencrypted over the network, where others can read it. Kimai&apos;s own documentation says to use the API only over https. Continue only on a network you trust.</source>
        <translation>Votre jeton d&apos;API circulerait en clair sur le réseau, où d&apos;autres peuvent le lire. La documentation de Kimai elle-même recommande de n&apos;utiliser l&apos;API qu&apos;en https. Ne continuez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Send the token unencrypted</source>
        <translation>Envoyer le jeton en clair</translation>
    </message>
    <message>
        <source>A timer is running</source>
        <translation>Un chronomètre est en cours</translation>
    </message>
    <message>
        <source>Stop the timer before Kimai Desk quits?</source>
        <translation>Arrêter le chronomètre avant de quitter Kimai Desk&#xa0;?</translation>
    </message>
    <message>
        <source>Running: %1
A timer that keeps running goes on counting on the server until you stop it, here or in Kimai.</source>
        <translation>En cours&#xa0;: %1
Un chronomètre laissé en marche continue de compter sur le serveur jusqu’à ce que vous l’arrêtiez, ici ou dans Kimai.</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Le laisser tourner</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Retenir mon choix</translation>
    </message>
    <message>
        <source>Change data in Kimai?</source>
        <translation>Modifier des données dans Kimai ?</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>Envoyer %1 à %2 ?</translation>
    </message>
    <message>
        <source>This request can change or delete data on the server, with your permissions. Kimai keeps no undo.</source>
        <translation>Cette requête peut modifier ou supprimer des données sur le serveur, avec vos droits. Kimai ne permet pas d&apos;annuler.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Kimai, for example https://kimai.example.com.</source>
        <translation>Saisissez l&apos;adresse de votre Kimai, par exemple https://kimai.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>L&apos;adresse doit commencer par https:// (ou http:// pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse ne contient pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Ce n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; use the fields below.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; utilisez les champs ci-dessous.</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Kimai Desk</source>
        <translation>À propos de Kimai Desk</translation>
    </message>
    <message>
        <source>Connected to Kimai %1 at %2.</source>
        <translation>Connecté à Kimai %1 sur %2.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Non connecté à un serveur Kimai.</translation>
    </message>
    <message>
        <source>A native desktop client for the Kimai time-tracking server.</source>
        <translation>Un client de bureau natif pour le serveur de suivi du temps Kimai.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is an independent client.</source>
        <translation>Kimai Desk est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure. Il utilise Qt (LGPL 3) et QtKeychain (BSD à 2 clauses). Kimai est une marque de Kevin Papst&#xa0;; Kimai Desk est un client indépendant.</translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
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
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Global (all projects)</source>
        <translation>Globale (tous les projets)</translation>
    </message>
    <message>
        <source>A global activity can be used with every project that allows global activities.</source>
        <translation>Une activité globale peut être utilisée avec tout projet qui autorise les activités globales.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>kd::ApiCommand</name>
    <message>
        <source>Kimai did not answer in time.</source>
        <translation>Kimai n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Another API request is running.</source>
        <translation>Une autre requête API est en cours.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsole</name>
    <message>
        <source>Choose GET, POST, PATCH or DELETE.</source>
        <translation>Choisissez GET, POST, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>The path starts with /api/, for example /api/version.</source>
        <translation>Le chemin commence par /api/, par exemple /api/version.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Le corps n&apos;est pas du JSON valide : %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>Logged out before Kimai answered.</source>
        <translation>Déconnecté avant la réponse de Kimai.</translation>
    </message>
</context>
<context>
    <name>kd::ApiConsoleView</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>/api/timesheets?size=5</source>
        <translation>/api/timesheets?size=5</translation>
    </message>
    <message>
        <source>Path and query</source>
        <translation>Chemin et paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>The last %n request(s) to this server</source>
        <translation>
            <numerusform>La dernière requête à ce serveur</numerusform>
            <numerusform>Les %n dernières requêtes à ce serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;description&quot;: &quot;…&quot;}</source>
        <translation>Corps JSON, par ex. {&quot;description&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>Chemins : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) from Kimai&apos;s OpenAPI document for this version</source>
        <translation>
            <numerusform>%n point d&apos;accès du document OpenAPI de Kimai pour cette version</numerusform>
            <numerusform>%n points d&apos;accès du document OpenAPI de Kimai pour cette version</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation>Lecture de la description de l&apos;API…</translation>
    </message>
    <message>
        <source>Log in to send requests.</source>
        <translation>Connectez-vous pour envoyer des requêtes.</translation>
    </message>
    <message>
        <source>Waiting for Kimai…</source>
        <translation>En attente de Kimai…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Not sent: log in first, or wait for the request before.</source>
        <translation>Non envoyé : connectez-vous d&apos;abord, ou attendez la requête précédente.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visibles</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation>Visibles et masqués</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Double-click a row to see all its fields.</source>
        <translation>Double-cliquez sur une ligne pour voir tous ses champs.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, number, comment… (%1)</source>
        <translation>Filtrer par nom, numéro, commentaire… (%1)</translation>
    </message>
</context>
<context>
    <name>kd::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate this computer does not trust.&lt;/b&gt;&lt;br&gt;If you run this server yourself or your administrator gave you its fingerprint, compare the fingerprint below. Trusting it applies to this server only; a different certificate later will be refused.</source>
        <translation>&lt;b&gt;%1 a présenté un certificat auquel cet ordinateur ne fait pas confiance.&lt;/b&gt;&lt;br&gt;Si vous gérez vous-même ce serveur ou si votre administrateur vous a communiqué son empreinte, comparez-la avec l&apos;empreinte ci-dessous. L&apos;approbation ne vaut que pour ce serveur&#xa0;; un autre certificat sera refusé par la suite.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Approuver ce certificat pour ce serveur</translation>
    </message>
</context>
<context>
    <name>kd::CommandLine</name>
    <message>
        <source>Kimai Desk — a native desktop client for the Kimai time-tracking server.</source>
        <translation>Kimai Desk — un client de bureau natif pour le serveur de suivi du temps Kimai.</translation>
    </message>
    <message>
        <source>Start the embedded Kimai demo server and log in to it.</source>
        <translation>Démarrer le serveur de démonstration Kimai intégré et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>With --demo: only serve the demo API (print URL, user and token) until stopped.</source>
        <translation>Avec --demo&#xa0;: fournir uniquement l&apos;API de démonstration (afficher l&apos;URL, l&apos;utilisateur et le jeton) jusqu&apos;à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Port of the demo server (default: any free port).</source>
        <translation>Port du serveur de démonstration (par défaut&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Number of sample timesheets of the demo server (default 2000).</source>
        <translation>Nombre de feuilles de temps d&apos;exemple du serveur de démonstration (par défaut&#xa0;: 2000).</translation>
    </message>
    <message>
        <source>API token of the demo server (default: random).</source>
        <translation>Jeton d&apos;API du serveur de démonstration (par défaut&#xa0;: aléatoire).</translation>
    </message>
    <message>
        <source>Timezone of the demo user (default: this computer&apos;s).</source>
        <translation>Fuseau horaire de l&apos;utilisateur de démonstration (par défaut&#xa0;: celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>Tracking mode of the demo server: default, punch or duration_fixed_begin.</source>
        <translation>Mode de suivi du serveur de démonstration&#xa0;: default, punch ou duration_fixed_begin.</translation>
    </message>
    <message>
        <source>Address of the Kimai server.</source>
        <translation>Adresse du serveur Kimai.</translation>
    </message>
    <message>
        <source>Kimai username.</source>
        <translation>Nom d&apos;utilisateur Kimai.</translation>
    </message>
    <message>
        <source>Read the API token from this file (- reads standard input).</source>
        <translation>Lire le jeton d&apos;API dans ce fichier (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Authentication: auto, bearer or legacy.</source>
        <translation>Authentification&#xa0;: auto, bearer ou legacy.</translation>
    </message>
    <message>
        <source>Store the given token in the system keychain.</source>
        <translation>Enregistrer le jeton fourni dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME.</source>
        <translation>Utiliser le profil de serveur enregistré NAME.</translation>
    </message>
    <message>
        <source>Open this tab: ping, version, timesheets, activities, projects, customers or i18n.</source>
        <translation>Ouvrir cet onglet&#xa0;: ping, version, timesheets, activities, projects, customers ou i18n.</translation>
    </message>
    <message>
        <source>When the visible tab has loaded, save a PNG of the window and exit.</source>
        <translation>Une fois l&apos;onglet visible chargé, enregistrer une image PNG de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Start in the tray (if there is one).</source>
        <translation>Démarrer dans la zone de notification (s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>Start a timer (with --project and --activity).</source>
        <translation>Démarrer un chronomètre (avec --project et --activity).</translation>
    </message>
    <message>
        <source>Stop the running timer(s).</source>
        <translation>Arrêter le ou les chronomètres en cours.</translation>
    </message>
    <message>
        <source>Restart the most recent timesheet.</source>
        <translation>Relancer la feuille de temps la plus récente.</translation>
    </message>
    <message>
        <source>Print the running timers as one JSON line.</source>
        <translation>Afficher les chronomètres en cours sur une ligne JSON.</translation>
    </message>
    <message>
        <source>Show the window of the running instance.</source>
        <translation>Afficher la fenêtre de l&apos;instance en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>--serve-only needs --demo.</source>
        <translation>--serve-only nécessite --demo.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--demo-timesheets must be a number from 0 to 1000000.</source>
        <translation>--demo-timesheets doit être un nombre de 0 à 1000000.</translation>
    </message>
    <message>
        <source>--auth must be auto, bearer or legacy.</source>
        <translation>--auth doit valoir auto, bearer ou legacy.</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use one of: %2.</source>
        <translation>Onglet inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --serve-only.</source>
        <translation>--screenshot ne peut pas être combiné avec --serve-only.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Le fichier de jeton %1 est vide.</translation>
    </message>
    <message>
        <source>Kimai version the demo server behaves like: %1 (default: %2).</source>
        <translation>Version de Kimai que le serveur de démonstration imite : %1 (par défaut : %2).</translation>
    </message>
    <message>
        <source>Unknown demo version &quot;%1&quot;; use one of: %2.</source>
        <translation>Version de démonstration « %1 » inconnue ; utilisez l’une de : %2.</translation>
    </message>
    <message>
        <source>--demo-version needs --demo.</source>
        <translation>--demo-version nécessite --demo.</translation>
    </message>
    <message>
        <source>--api needs a method and a path, e.g. --api GET /api/version.</source>
        <translation>--api demande une méthode et un chemin, par ex. --api GET /api/version.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;; use GET, POST, PATCH or DELETE.</source>
        <translation>Méthode « %1 » inconnue ; utilisez GET, POST, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>The path of --api starts with /api/, e.g. /api/version.</source>
        <translation>Le chemin de --api commence par /api/, par ex. /api/version.</translation>
    </message>
    <message>
        <source>--data needs POST, PATCH or DELETE.</source>
        <translation>--data demande POST, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>Impossible de lire le fichier de données %1 : %2</translation>
    </message>
    <message>
        <source>--data is larger than %1 KB.</source>
        <translation>--data dépasse %1 Ko.</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data n&apos;est pas du JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>With --start: start a favourite, by its number (from 1, as in the Favourites menu) or its name.</source>
        <translation>Avec --start : démarrer un favori, par son numéro (à partir de 1, comme dans le menu Favoris) ou son nom.</translation>
    </message>
    <message>
        <source>Send one request to Kimai&apos;s API with the remembered login and print the answer&apos;s JSON: --api GET /api/version (also POST, PATCH, DELETE).</source>
        <translation>Envoyer une requête à l&apos;API de Kimai avec la connexion mémorisée et afficher le JSON de la réponse : --api GET /api/version (aussi POST, PATCH, DELETE).</translation>
    </message>
    <message>
        <source>With --api: the JSON body, or @FILE to read it from a file (@- reads standard input).</source>
        <translation>Avec --api : le corps JSON, ou @FICHIER pour le lire dans un fichier (@- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>With --api: the request, e.g. GET /api/timesheets?size=5.</source>
        <translation>Avec --api : la requête, par ex. GET /api/timesheets?size=5.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--data belongs to --api.</source>
        <translation>--data va avec --api.</translation>
    </message>
    <message>
        <source>--favorite belongs to --start.</source>
        <translation>--favorite va avec --start.</translation>
    </message>
    <message>
        <source>--favorite says what to start: leave out --project and --activity.</source>
        <translation>--favorite indique quoi démarrer : omettez --project et --activity.</translation>
    </message>
    <message>
        <source>--start needs --project and --activity, or --favorite.</source>
        <translation>--start demande --project et --activity, ou --favorite.</translation>
    </message>
    <message>
        <source>In the window: Ctrl+N adds an entry, Ctrl+T starts a timer, Ctrl+Shift+S stops it.</source>
        <translation>Dans la fenêtre&#xa0;: Ctrl+N ajoute une entrée, Ctrl+T démarre un chronomètre, Ctrl+Maj+S l&apos;arrête.</translation>
    </message>
    <message>
        <source>Add a finished entry, e.g. &quot;yesterday 9-12:30&quot; or &quot;mon 14:00 1h30&quot; (with --project and --activity); prints it as one JSON line.</source>
        <translation>Ajouter une entrée terminée, p. ex. &quot;yesterday 9-12:30&quot; ou &quot;mon 14:00 1h30&quot; (avec --project et --activity)&#xa0;; l&apos;affiche sur une ligne JSON.</translation>
    </message>
    <message>
        <source>Export the timesheets of a range (default: this week, all pages) in FORMAT (csv) to standard output or --output.</source>
        <translation>Exporter les feuilles de temps d&apos;une période (par défaut&#xa0;: cette semaine, toutes les pages) au FORMAT (csv) vers la sortie standard ou --output.</translation>
    </message>
    <message>
        <source>First day for --export (e.g. 2026-12-01, mon, yesterday).</source>
        <translation>Premier jour pour --export (p. ex. 2026-12-01, mon, yesterday).</translation>
    </message>
    <message>
        <source>Last day for --export.</source>
        <translation>Dernier jour pour --export.</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>Fichier pour --export (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Project for --start and --add (ID or name).</source>
        <translation>Projet pour --start et --add (ID ou nom).</translation>
    </message>
    <message>
        <source>Activity for --start and --add (ID or name).</source>
        <translation>Activité pour --start et --add (ID ou nom).</translation>
    </message>
    <message>
        <source>Description for --start and --add.</source>
        <translation>Description pour --start et --add.</translation>
    </message>
    <message>
        <source>Comma-separated tags for --start and --add (missing tags are created where you may).</source>
        <translation>Mots-clés séparés par des virgules pour --start et --add (ceux qui manquent sont créés si vous en avez le droit).</translation>
    </message>
    <message>
        <source>Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api.</source>
        <translation>N&apos;indiquez qu&apos;une seule option parmi --start, --stop, --restart-last, --status, --show, --add, --export et --api.</translation>
    </message>
    <message>
        <source>--add needs --project and --activity.</source>
        <translation>--add a besoin de --project et --activity.</translation>
    </message>
    <message>
        <source>--add needs the time of the entry, e.g. --add &quot;yesterday 9-12:30&quot;.</source>
        <translation>--add a besoin des heures de l&apos;entrée, p. ex. --add &quot;yesterday 9-12:30&quot;.</translation>
    </message>
    <message>
        <source>--project, --activity, --description and --tags belong to --start and --add.</source>
        <translation>--project, --activity, --description et --tags vont avec --start et --add.</translation>
    </message>
    <message>
        <source>--export knows one format: csv.</source>
        <translation>--export ne connaît qu&apos;un format&#xa0;: csv.</translation>
    </message>
    <message>
        <source>--from, --to and --output belong to --export.</source>
        <translation>--from, --to et --output vont avec --export.</translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message>
        <source>The command did not finish in time.</source>
        <translation>La commande ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation>
            <numerusform>%n chronomètre en cours.</numerusform>
            <numerusform>%n chronomètres en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Aucun chronomètre en cours.</translation>
    </message>
    <message>
        <source>Restarted.</source>
        <translation>Relancé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No timer was running.</source>
        <translation>Aucun chronomètre n&apos;était en cours.</translation>
    </message>
    <message>
        <source>No visible project is called &quot;%1&quot;.</source>
        <translation>Aucun projet visible ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No activity called &quot;%1&quot; fits this project.</source>
        <translation>Aucune activité nommée «&#xa0;%1&#xa0;» ne correspond à ce projet.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est ambigu (%n correspondance)&#xa0;; utilisez l&apos;ID.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est ambigu (%n correspondances)&#xa0;; utilisez l&apos;ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>Démarré.</translation>
    </message>
    <message>
        <source>The projects and activities could not be loaded.</source>
        <translation>Impossible de charger les projets et les activités.</translation>
    </message>
    <message>
        <source>Restarted at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Relancé à %1. Kimai est injoignable : le démarrage est conservé et envoyé dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Started at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.</source>
        <translation>Démarré à %1. Kimai est injoignable : le démarrage est conservé et envoyé dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Stopped. Kimai cannot be reached: the stop is kept and sent when Kimai answers.</source>
        <translation>Arrêté. Kimai est injoignable : l’arrêt est conservé et envoyé dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Favourites are not available here.</source>
        <translation>Les favoris ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>The favourite could not be started now.</source>
        <translation>Le favori n&apos;a pas pu être démarré maintenant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une entrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as an entry at &quot;%2&quot;: %3</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une entrée à «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no end: give a range or a duration, e.g. &quot;9-12:30&quot; or &quot;14:00 1h30&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fin&#xa0;: indiquez une plage ou une durée, p. ex. «&#xa0;9-12:30&#xa0;» ou «&#xa0;14:00 1h30&#xa0;».</translation>
    </message>
    <message>
        <source>Kimai did not save the entry.</source>
        <translation>Kimai n&apos;a pas enregistré l&apos;entrée.</translation>
    </message>
    <message>
        <source>Added: %1, %2.</source>
        <translation>Ajoutée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: %2</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) est après --to (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added: %1, %2. Kimai cannot be reached: the entry is kept and sent when Kimai answers.</source>
        <translation>Ajouté : %1, %2. Kimai est injoignable : l’entrée est conservée et envoyée dès que Kimai répond.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
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
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>kd::EntryController</name>
    <message>
        <source>This Kimai is in punch-clock mode: begin and end are the moments you start and stop, and only teamleads and administrators may change them.</source>
        <translation>Ce Kimai est en mode pointeuse&#xa0;: le début et la fin sont les moments où vous démarrez et arrêtez, et seuls les chefs d&apos;équipe et les administrateurs peuvent les modifier.</translation>
    </message>
    <message>
        <source>This Kimai&apos;s tracking mode (%1) sets begin and end itself; only teamleads and administrators may change them.</source>
        <translation>Le mode de saisie de ce Kimai (%1) fixe lui-même le début et la fin&#xa0;; seuls les chefs d&apos;équipe et les administrateurs peuvent les modifier.</translation>
    </message>
    <message>
        <source>This entry has been exported (for an invoice or a report) and is locked. Only users allowed to edit exported entries (administrators) can change or delete it.</source>
        <translation>Cette entrée a été exportée (pour une facture ou un rapport) et est verrouillée. Seuls les utilisateurs autorisés à modifier les entrées exportées (les administrateurs) peuvent la changer ou la supprimer.</translation>
    </message>
    <message>
        <source>%1 Kimai may have saved the entry anyway: refresh the list (F5) before saving it again.</source>
        <translation>%1 Kimai a peut-être enregistré l&apos;entrée malgré tout&#xa0;: actualisez la liste (F5) avant de l&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai n&apos;autorise pas les heures dans le futur.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>This entry belongs to another user. Only users allowed to edit other users&apos; timesheets (teamleads and administrators) can change, duplicate or delete it.</source>
        <translation>Cette entrée appartient à un autre utilisateur. Seuls les utilisateurs autorisés à modifier les feuilles de temps des autres (les chefs d&apos;équipe et les administrateurs) peuvent la changer, la dupliquer ou la supprimer.</translation>
    </message>
    <message>
        <source>This Kimai records durations from a fixed begin: Kimai sets the begin (today, at its default begin time) and the entry runs until you stop it; only teamleads and administrators may change begin and end.</source>
        <translation>Ce Kimai enregistre des durées à partir d’un début fixe : Kimai fixe le début (aujourd’hui, à son heure de début par défaut) et l’entrée court jusqu’à ce que vous l’arrêtiez ; seuls les chefs d’équipe et les administrateurs peuvent modifier le début et la fin.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and the offline journal could not keep the change: %1</source>
        <translation>Cette entrée n’est pas encore dans Kimai, et le journal hors ligne n’a pas pu conserver la modification : %1</translation>
    </message>
</context>
<context>
    <name>kd::EntryDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>type to search (optional)</source>
        <translation>tapez pour chercher (facultatif)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>séparés par des virgules, p. ex. réunion, interne</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The entry could not be read: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Edit entry #%1</source>
        <translation>Modifier l&apos;entrée n°%1</translation>
    </message>
    <message>
        <source>Reading the entry…</source>
        <translation>Lecture de l&apos;entrée…</translation>
    </message>
    <message>
        <source>Duplicate entry #%1</source>
        <translation>Dupliquer l&apos;entrée n°%1</translation>
    </message>
    <message>
        <source>Kimai decides whether the entry is billable (from the customer, project and activity).</source>
        <translation>Kimai décide si l&apos;entrée est facturable (selon le client, le projet et l&apos;activité).</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Choisissez une activité.</translation>
    </message>
    <message>
        <source>Some of the times cannot be read: nothing was sent.</source>
        <translation>Certaines heures sont illisibles&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This Kimai does not record breaks (break time is switched off).</source>
        <translation>Ce Kimai n&apos;enregistre pas les pauses (le temps de pause est désactivé).</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). This is the entry as the list shows it; what you save is kept and sent when Kimai answers.</source>
        <translation>Kimai est injoignable (%1). Voici l’entrée telle que la liste l’affiche ; ce que vous enregistrez est conservé et envoyé dès que Kimai répond.</translation>
    </message>
    <message>
        <source>This entry has changes that are not in Kimai yet. What you save is kept and sent after them, when Kimai answers.</source>
        <translation>Cette entrée a des modifications qui ne sont pas encore dans Kimai. Ce que vous enregistrez est conservé et envoyé après elles, dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Edit entry (not yet in Kimai)</source>
        <translation>Modifier l’entrée (pas encore dans Kimai)</translation>
    </message>
    <message>
        <source>Duplicate entry (not yet in Kimai)</source>
        <translation>Dupliquer l’entrée (pas encore dans Kimai)</translation>
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
        <translation>n°%1 est maintenant n°%2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>Entrée %1 enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries deleted (Ctrl+Z restores them).</source>
        <translation>
            <numerusform>%n entrée supprimée (Ctrl+Z la rétablit).</numerusform>
            <numerusform>%n entrées supprimées (Ctrl+Z les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored with a new id: %1.</source>
        <translation>Rétablie avec un nouvel identifiant&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kimai cannot be reached: %n change(s) kept and sent when it answers.</source>
        <translation>
            <numerusform>Kimai est injoignable : %n modification conservée, envoyée dès que Kimai répond.</numerusform>
            <numerusform>Kimai est injoignable : %n modifications conservées, envoyées dès que Kimai répond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::EntryTimesBox</name>
    <message>
        <source>e.g. yesterday 9-12:30, mon 14:00 1h30</source>
        <translation>p. ex. hier 9-12:30, lun 14:00 1h30</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>D&amp;ébut</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Brea&amp;k</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>e.g. 1h30</source>
        <translation>p. ex. 1h30</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>The break is not counted as worked time (e.g. 30 or 0:30).</source>
        <translation>La pause ne compte pas comme temps travaillé (p. ex. 30 ou 0:30).</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Understood so far: %2</source>
        <translation>%1 Compris jusqu&apos;ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The break is longer than the entry.</source>
        <translation>La pause est plus longue que l&apos;entrée.</translation>
    </message>
    <message>
        <source>A stopped entry needs an end or a duration.</source>
        <translation>Une entrée terminée a besoin d&apos;une fin ou d&apos;une durée.</translation>
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
        <translation>Le corps n&apos;est plus conservé.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>kd::ExchangesView</name>
    <message>
        <source>Filter by method, path or status</source>
        <translation>Filtrer par méthode, chemin ou statut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln nouveau ↓</numerusform>
            <numerusform>%Ln nouveaux ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ExportBar</name>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Exporting… page %1 of %2</source>
        <translation>Export en cours… page %1 sur %2</translation>
    </message>
    <message>
        <source>Exporting… page %1</source>
        <translation>Export en cours… page %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 Enregistré sous %2.</translation>
    </message>
</context>
<context>
    <name>kd::Favorites</name>
    <message>
        <source>The favourites could not be read: %1</source>
        <translation>Les favoris n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The entry could not be made a favourite: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être ajoutée aux favoris : %1</translation>
    </message>
    <message>
        <source>The favourite could not be removed: %1</source>
        <translation>Le favori n&apos;a pas pu être retiré : %1</translation>
    </message>
    <message>
        <source>There are no favourites yet.</source>
        <translation>Il n&apos;y a encore aucun favori.</translation>
    </message>
    <message numerus="yes">
        <source>There is no favourite %1: there are %n favourite(s).</source>
        <translation>
            <numerusform>Il n&apos;y a pas de favori %1 : il y a %n favori.</numerusform>
            <numerusform>Il n&apos;y a pas de favori %1 : il y a %n favoris.</numerusform>
        </translation>
    </message>
    <message>
        <source>No favourite is called &quot;%1&quot;.</source>
        <translation>Aucun favori ne s&apos;appelle « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n favourites; use the number.</source>
        <translation>
            <numerusform>« %1 » correspond à %n favori ; utilisez le numéro.</numerusform>
            <numerusform>« %1 » correspond à %n favoris ; utilisez le numéro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FavoritesMenu</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Reading the favourites…</source>
        <translation>Lecture des favoris…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Start a timer for this favourite</source>
        <translation>Démarrer un minuteur pour ce favori</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Aucun favori pour le moment</translation>
    </message>
    <message>
        <source>Add “%1” to the favourites</source>
        <translation>Ajouter « %1 » aux favoris</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Kept on this computer (this Kimai has no favourites)</source>
        <translation>Conservés sur cet ordinateur (ce Kimai ne gère pas les favoris)</translation>
    </message>
</context>
<context>
    <name>kd::HoursChart</name>
    <message>
        <source>The chart plugin was not found (looked for %1).</source>
        <translation>Le module du graphique est introuvable (cherché&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The chart plugin %1 is not the one this Kimai Desk needs.</source>
        <translation>Le module du graphique %1 n&apos;est pas celui dont ce Kimai Desk a besoin.</translation>
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
        <translation>Formats de /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>24-hour clock</source>
        <translation>Format 24 heures</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Heure du serveur</translation>
    </message>
    <message>
        <source>This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. Kimai 2 takes language, locale and timezone from the user profile instead:</source>
        <translation>Ce Kimai ne propose pas /api/config/i18n&#xa0;: ce point d&apos;accès a été supprimé dans Kimai 2.0. Kimai 2 prend à la place la langue, les paramètres régionaux et le fuseau horaire dans le profil utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Your Kimai profile (/api/users/me)</source>
        <translation>Votre profil Kimai (/api/users/me)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Timesheet configuration (/api/config/timesheet)</source>
        <translation>Configuration des feuilles de temps (/api/config/timesheet)</translation>
    </message>
    <message>
        <source>Tracking mode</source>
        <translation>Mode de suivi</translation>
    </message>
    <message>
        <source>Default begin time</source>
        <translation>Heure de début par défaut</translation>
    </message>
    <message>
        <source>Running entries allowed</source>
        <translation>Entrées en cours autorisées</translation>
    </message>
    <message>
        <source>Future times allowed</source>
        <translation>Heures futures autorisées</translation>
    </message>
    <message>
        <source>Overlapping entries allowed</source>
        <translation>Chevauchements autorisés</translation>
    </message>
    <message>
        <source>How Kimai Desk formats for locale %1</source>
        <translation>Formats de Kimai Desk pour les paramètres régionaux %1</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>Date longue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s agree (within a second).</source>
        <translation>L&apos;horloge du serveur et celle de cet ordinateur concordent (à une seconde près).</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation>L&apos;horloge du serveur avance de %1 s par rapport à celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation>L&apos;horloge du serveur retarde de %1 s par rapport à celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Horloges</translation>
    </message>
    <message>
        <source>Server time now: %1 (%2)</source>
        <translation>Heure actuelle du serveur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Date in forms</source>
        <translation>Date dans les formulaires</translation>
    </message>
</context>
<context>
    <name>kd::IdleQuestionWindow</name>
    <message>
        <source>You were away — Kimai Desk</source>
        <translation>Vous étiez absent — Kimai Desk</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>Le chronomètre a tourné pendant votre absence</translation>
    </message>
    <message>
        <source>Closing this window keeps the time.</source>
        <translation>Fermer cette fenêtre conserve le temps.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choisissez un projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Choisissez une activité</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Team meeting</source>
        <translation>p. ex. réunion d’équipe</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Book the time there</source>
        <translation>Y &amp;imputer le temps</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the project and the activity to book the time on.</source>
        <translation>Choisissez le projet et l’activité sur lesquels imputer le temps.</translation>
    </message>
</context>
<context>
    <name>kd::InspectorPane</name>
    <message>
        <source>API console</source>
        <translation>Console API</translation>
    </message>
    <message>
        <source>Send your own request to Kimai&apos;s API and inspect the answer</source>
        <translation>Envoyer votre propre requête à l&apos;API de Kimai et examiner la réponse</translation>
    </message>
</context>
<context>
    <name>kd::Journal</name>
    <message>
        <source>The journal&apos;s folder could not be created</source>
        <translation>Le dossier du journal n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>The journal file could not be opened</source>
        <translation>Le fichier du journal n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The journal file could not be set up</source>
        <translation>Le fichier du journal n&apos;a pas pu être configuré</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Le journal n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>The journal could not be written</source>
        <translation>Le journal n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The action is no longer waiting</source>
        <translation>L&apos;action n&apos;est plus en attente</translation>
    </message>
    <message>
        <source>The action is not in the journal</source>
        <translation>L&apos;action ne figure pas dans le journal</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>Le fichier du journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal file was written by a newer version of Kimai Desk (format %1; this version knows up to %2). It was left unchanged.</source>
        <translation>Le fichier du journal a été écrit par une version plus récente de Kimai Desk (format %1&#xa0;; cette version connaît les formats jusqu&apos;à %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Updating the journal file to format %1 failed: %2</source>
        <translation>La mise à jour du fichier du journal au format %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>kd::JsonFormatter</name>
    <message>
        <source>The text ends inside a string.</source>
        <translation>Le texte se termine à l&apos;intérieur d&apos;une chaîne.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Séquence d&apos;échappement non valide dans une chaîne.</translation>
    </message>
    <message>
        <source>Control character inside a string.</source>
        <translation>Caractère de contrôle dans une chaîne.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Nombre non valide.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>Caractère inattendu.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>Clé entre guillemets doubles attendue.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key.</source>
        <translation>&apos;:&apos; attendu après une clé.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON value.</source>
        <translation>Données inattendues après la fin de la valeur JSON.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message>
        <source>The text ends before the JSON value is complete.</source>
        <translation>Le texte se termine avant la fin de la valeur JSON.</translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message>
        <source>Save Body</source>
        <translation>Enregistrer le corps</translation>
    </message>
    <message>
        <source>JSON files (*.json);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formaté</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the formatted body to the clipboard</source>
        <translation>Copier le corps formaté dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Select a request to inspect it.</source>
        <translation>Sélectionnez une requête pour l&apos;inspecter.</translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation>Le corps n&apos;est plus conservé.</translation>
    </message>
    <message>
        <source>The body is no longer kept: the log keeps only the bodies of the latest requests.</source>
        <translation>Le corps n&apos;est plus conservé&#xa0;: le journal ne garde que les corps des requêtes les plus récentes.</translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation>Aucune réponse n&apos;a été reçue.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>La réponse n&apos;a pas de corps.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept.</source>
        <translation>Seuls les premiers %1 sur %2 ont été conservés.</translation>
    </message>
    <message>
        <source>This body is %1, larger than %2: the inspector shows plain text only.</source>
        <translation>Ce corps fait %1, soit plus que %2&#xa0;: l&apos;inspecteur n&apos;affiche que du texte brut.</translation>
    </message>
    <message>
        <source>The response is HTML; it is shown as plain text.</source>
        <translation>La réponse est du HTML&#xa0;; elle est affichée en texte brut.</translation>
    </message>
    <message>
        <source>The body is not JSON; it is shown as plain text.</source>
        <translation>Le corps n&apos;est pas du JSON&#xa0;; il est affiché en texte brut.</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Mise en forme…</translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation>Construction de l&apos;arbre…</translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation>Le corps n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
    <message>
        <source>No request headers.</source>
        <translation>Aucun en-tête de requête.</translation>
    </message>
    <message>
        <source>No request body.</source>
        <translation>Aucun corps de requête.</translation>
    </message>
    <message numerus="yes">
        <source>Request (%Ln header(s))</source>
        <translation>
            <numerusform>Requête (%Ln en-tête)</numerusform>
            <numerusform>Requête (%Ln en-têtes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%Ln)</source>
        <translation>
            <numerusform>En-tête de réponse (%Ln)</numerusform>
            <numerusform>En-têtes de réponse (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2 La partie précédente est mise en forme&#xa0;; le reste est affiché tel que reçu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The body could not be parsed as JSON, so there is no tree.</source>
        <translation>Le corps n&apos;a pas pu être analysé comme du JSON&#xa0;; il n&apos;y a donc pas d&apos;arbre.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the token is left out as $KIMAI_TOKEN</source>
        <translation>Copier cette requête en commande curl ; le jeton est remplacé par $KIMAI_TOKEN</translation>
    </message>
</context>
<context>
    <name>kd::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The system keychain reported: %1</source>
        <translation>Le trousseau du système a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (reading it back gave a different value).</source>
        <translation>Le trousseau du système n&apos;a pas conservé le jeton (la relecture a donné une autre valeur).</translation>
    </message>
</context>
<context>
    <name>kd::LegacyBanner</name>
    <message>
        <source>Create an API token…</source>
        <translation>Créer un jeton d&apos;API…</translation>
    </message>
    <message>
        <source>Opens your API token page of this Kimai in the browser</source>
        <translation>Ouvre votre page de jetons d&apos;API de ce Kimai dans le navigateur</translation>
    </message>
    <message>
        <source>Hide this notice until the next login</source>
        <translation>Masquer cet avis jusqu&apos;à la prochaine connexion</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kimai is removing API passwords — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai %1 answers every request made with one 200 to 500 ms late, and Kimai 3.0 refuses them. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;Kimai supprime les mots de passe d&apos;API — créez un jeton d&apos;API.&lt;/b&gt; Vous êtes connecté avec un mot de passe d&apos;API : Kimai %1 répond à chaque requête faite avec lui 200 à 500 ms plus tard, et Kimai 3.0 les refuse. Créez un jeton, puis reconnectez-vous avec la méthode « Jeton d&apos;API (Bearer) ».</translation>
    </message>
    <message>
        <source>&lt;b&gt;API passwords are deprecated — create an API token.&lt;/b&gt; You are signed in with an API password: Kimai deprecated them in version 2.14, slows them down from 2.54 and refuses them from 3.0. Create a token, then log in again with the method &quot;API token (Bearer)&quot;.</source>
        <translation>&lt;b&gt;Les mots de passe API sont obsolètes — créez un jeton API.&lt;/b&gt; Vous êtes connecté avec un mot de passe API : Kimai les a déclarés obsolètes dans la version 2.14, les ralentit à partir de 2.54 et les refuse à partir de 3.0. Créez un jeton, puis reconnectez-vous avec la méthode « Jeton d&apos;API (Bearer) ».</translation>
    </message>
</context>
<context>
    <name>kd::LoginController</name>
    <message>
        <source>%1 %2 → no answer: %3</source>
        <translation>%1 %2 → pas de réponse&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation>%1 %2 → %3 · %4 ms</translation>
    </message>
    <message>
        <source>The API password method needs your Kimai username.</source>
        <translation>La méthode «&#xa0;Mot de passe d&apos;API&#xa0;» nécessite votre nom d&apos;utilisateur Kimai.</translation>
    </message>
    <message>
        <source>This address uses plain http: your API token would travel unencrypted over the network. Use https, or confirm that you accept this for this server.</source>
        <translation>Cette adresse utilise du http non chiffré&#xa0;: votre jeton d&apos;API circulerait en clair sur le réseau. Utilisez https, ou confirmez que vous l&apos;acceptez pour ce serveur.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>Saisissez votre jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Enter your API token (create one in Kimai under your profile → API access).</source>
        <translation>Saisissez votre jeton d&apos;API (créez-en un dans Kimai, sous votre profil → Accès API).</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the stored token cannot be read. Enter your API token; it will be kept for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible, le jeton enregistré ne peut donc pas être lu. Saisissez votre jeton d&apos;API&#xa0;; il sera conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (or it is locked). Unlock it, or enter your API token.</source>
        <translation>L&apos;accès au trousseau a été refusé (ou il est verrouillé). Déverrouillez-le ou saisissez votre jeton d&apos;API.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will need to enter it again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le jeton est conservé pour cette session uniquement et vous devrez le saisir à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>There is no saved server to forget a token for.</source>
        <translation>Aucun serveur enregistré dont il faudrait oublier le jeton.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Le jeton n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is configured.</source>
        <translation>Aucun trousseau système n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Lecture du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this server any more. Enter your API token.</source>
        <translation>Le trousseau ne contient plus de jeton pour ce serveur. Saisissez votre jeton d&apos;API.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1). It is kept for this session only.</source>
        <translation>Le jeton n&apos;a pas pu être enregistré dans le trousseau (%1). Il est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Le jeton a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) answers on this computer.</source>
        <translation>Aucun trousseau du système (Secret Service) ne répond sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Kimai cannot be reached (%1). Working offline with what was known on %2: changes are kept on this computer and sent when Kimai answers.</source>
        <translation>Kimai est injoignable (%1). Travail hors ligne avec ce qui était connu le %2 : les modifications sont conservées sur cet ordinateur et envoyées dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Logged in with an API password. Kimai deprecated API passwords in version 2.14, answers every request made with one 200 to 500 ms late since 2.54, and removes them in 3.0. Create an API token in Kimai (your profile → API access → Create) and log in with the method &quot;API token (Bearer)&quot;.</source>
        <translation>Connecté avec un mot de passe d&apos;API. Kimai a rendu les mots de passe d&apos;API obsolètes en version 2.14, répond à chaque requête faite avec eux 200 à 500 ms plus tard depuis la 2.54 et les supprime en 3.0. Créez un jeton d&apos;API dans Kimai (votre profil → Accès API → Créer) et connectez-vous avec la méthode « Jeton d&apos;API (Bearer) ».</translation>
    </message>
</context>
<context>
    <name>kd::LoginPage</name>
    <message>
        <source>Log in to Kimai</source>
        <translation>Connexion à Kimai</translation>
    </message>
    <message>
        <source>Enter the address of your Kimai and an API token. Create a token in Kimai under your profile → API access.</source>
        <translation>Saisissez l&apos;adresse de votre Kimai et un jeton d&apos;API. Créez un jeton dans Kimai, sous votre profil → Accès API.</translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation>Serveur enregistré</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this saved server and its stored token</source>
        <translation>Supprimer ce serveur enregistré et son jeton mémorisé</translation>
    </message>
    <message>
        <source>&amp;Saved server:</source>
        <translation>Serveur &amp;enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>https://kimai.example.com</source>
        <translation>https://kimai.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>needed for the API password method</source>
        <translation>requis pour la méthode «&#xa0;Mot de passe d&apos;API&#xa0;»</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>API token (Bearer, Kimai 2.14+)</source>
        <translation>Jeton d&apos;API (Bearer, Kimai 2.14+)</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>Mot de passe d&apos;API (ancien, X-AUTH)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Mémoriser le jeton dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Journal de connexion</translation>
    </message>
    <message>
        <source>Each request of Test connection and Log in appears here with its status and time.</source>
        <translation>Chaque requête de «&#xa0;Tester la connexion&#xa0;» et «&#xa0;Se connecter&#xa0;» apparaît ici avec son statut et sa durée.</translation>
    </message>
    <message>
        <source>Connection works: Kimai %1, signed in as %2.</source>
        <translation>La connexion fonctionne&#xa0;: Kimai %1, connecté en tant que %2.</translation>
    </message>
    <message>
        <source>✔ Test passed.</source>
        <translation>✔ Test réussi.</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Nouveau serveur…</translation>
    </message>
    <message>
        <source>paste your API token</source>
        <translation>collez votre jeton d&apos;API</translation>
    </message>
    <message>
        <source>stored in the system keychain — leave empty to use it</source>
        <translation>enregistré dans le trousseau du système — laissez vide pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>The saved server was removed.</source>
        <translation>Le serveur enregistré a été supprimé.</translation>
    </message>
    <message>
        <source>— Test connection —</source>
        <translation>— Tester la connexion —</translation>
    </message>
    <message>
        <source>— Log in —</source>
        <translation>— Se connecter —</translation>
    </message>
    <message>
        <source>Use an https:// address to keep your token private.</source>
        <translation>Utilisez une adresse https:// pour que votre jeton reste confidentiel.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Trusting the certificate for this server and trying again…</source>
        <translation>Approbation du certificat pour ce serveur et nouvelle tentative…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>No system keychain is available, so the token will be kept for this session only — Kimai Desk never writes it to a file.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: le jeton sera conservé pour cette session uniquement — Kimai Desk ne l&apos;écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>paste your new API token</source>
        <translation>collez votre nouveau jeton d&apos;API</translation>
    </message>
    <message>
        <source>Kimai is removing API passwords: create an API token in Kimai (your profile → API access) and paste it here. The stored API password still works with the method &quot;API password (legacy X-AUTH)&quot;.</source>
        <translation>Kimai supprime les mots de passe d&apos;API : créez un jeton d&apos;API dans Kimai (votre profil → Accès API) et collez-le ici. Le mot de passe d&apos;API enregistré fonctionne encore avec la méthode « Mot de passe d&apos;API (ancien, X-AUTH) ».</translation>
    </message>
</context>
<context>
    <name>kd::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <source>Delete this server&apos;s token from the system keychain</source>
        <translation>Supprimer le jeton de ce serveur du trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Chronomètre</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Démarrer…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Restart last</source>
        <translation>&amp;Relancer le dernier</translation>
    </message>
    <message>
        <source>Re&amp;load running timer</source>
        <translation>Re&amp;charger le chronomètre en cours</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation>Rechercher dans le &amp;JSON</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>JSON &amp;inspector</source>
        <translation>&amp;Inspecteur JSON</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Kimai Desk</source>
        <translation>À &amp;propos de Kimai Desk</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Add an entry with its times (a meeting you forgot to start)</source>
        <translation>Ajouter une entrée avec ses heures (une réunion que vous avez oublié de démarrer)</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>%1 (token in keychain)</source>
        <translation>%1 (jeton dans le trousseau)</translation>
    </message>
    <message>
        <source>%1 (token for this session only)</source>
        <translation>%1 (jeton pour cette session uniquement)</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected (login failed)</source>
        <translation>Non connecté (échec de la connexion)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
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
            <numerusform>Kimai a refusé le jeton. Reconnectez-vous ; %n modification attend et sera envoyée après la connexion.</numerusform>
            <numerusform>Kimai a refusé le jeton. Reconnectez-vous ; %n modifications attendent et seront envoyées après la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Kimai could not be reached at the login. Shown is what was known on %1; changes are kept on this computer and sent when Kimai answers.</source>
        <translation>Kimai était injoignable lors de la connexion. Ce qui est affiché est ce qui était connu le %1 ; les modifications sont conservées sur cet ordinateur et envoyées dès que Kimai répond.</translation>
    </message>
</context>
<context>
    <name>kd::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
</context>
<context>
    <name>kd::ModelFormat</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>kd::NoticeWindow</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>kd::OfflineChangesDialog</name>
    <message>
        <source>Changes not yet in Kimai</source>
        <translation>Modifications pas encore dans Kimai</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Every change is in Kimai.</source>
        <translation>Toutes les modifications sont dans Kimai.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>may have reached Kimai already: it is looked up before it is sent again</source>
        <translation>est peut-être déjà arrivé dans Kimai : on le cherche avant de l’envoyer à nouveau</translation>
    </message>
    <message>
        <source>Noted %1</source>
        <translation>Noté le %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Rien n’est en attente.</translation>
    </message>
</context>
<context>
    <name>kd::OfflineStatus</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Kimai cannot be reached. Your changes are kept on this computer and sent, with the times you made them, as soon as Kimai answers.</source>
        <translation>Kimai est injoignable. Vos modifications sont conservées sur cet ordinateur et envoyées, avec les heures auxquelles vous les avez faites, dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>Demande votre attention…</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>Afficher les modifications…</translation>
    </message>
</context>
<context>
    <name>kd::OfflineWork</name>
    <message numerus="yes">
        <source>%n change(s) waiting for Kimai</source>
        <translation>
            <numerusform>%n modification en attente de Kimai</numerusform>
            <numerusform>%n modifications en attente de Kimai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention, %1 waiting</source>
        <translation>
            <numerusform>%n modification demande votre attention, %1 en attente</numerusform>
            <numerusform>%n modifications demandent votre attention, %1 en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activité %1</translation>
    </message>
    <message>
        <source>the entry started offline</source>
        <translation>l’entrée démarrée hors ligne</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>Start %1 at %2</source>
        <translation>Démarrer %1 à %2</translation>
    </message>
    <message>
        <source>Stop %1 at %2</source>
        <translation>Arrêter %1 à %2</translation>
    </message>
    <message>
        <source>New entry %1, %2 to %3</source>
        <translation>Nouvelle entrée %1, de %2 à %3</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
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
        <translation>tapez pour rechercher</translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message>
        <source>No pings yet</source>
        <translation>Aucun ping pour l&apos;instant</translation>
    </message>
    <message>
        <source>max %1 ms</source>
        <translation>max. %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln ping(s)</source>
        <translation>
            <numerusform>%Ln ping</numerusform>
            <numerusform>%Ln derniers pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message>
        <source>Ping again</source>
        <translation>Nouveau ping</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Repeat interval in seconds</source>
        <translation>Intervalle de répétition en secondes</translation>
    </message>
    <message>
        <source>The server answered:</source>
        <translation>Le serveur a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The last ping failed.</source>
        <translation>Le dernier ping a échoué.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Aller-retour&#xa0;: %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s), none answered.</source>
        <translation>
            <numerusform>%Ln ping, sans réponse.</numerusform>
            <numerusform>%Ln pings, aucune réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>%Ln ping&#xa0;: min. %1 ms · moyenne %2 ms · max. %3 ms · échecs&#xa0;: %4</numerusform>
            <numerusform>%Ln pings&#xa0;: min. %1 ms · moyenne %2 ms · max. %3 ms · échecs&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer the last ping.</source>
        <translation>Le serveur n’a pas répondu au dernier ping.</translation>
    </message>
</context>
<context>
    <name>kd::ProjectModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
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
        <translation>Activités globales</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>kd::RangeLoader</name>
    <message>
        <source>Loading the timesheets was cancelled.</source>
        <translation>Le chargement des feuilles de temps a été annulé.</translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation>Non connecté à un serveur Kimai.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>La page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>La page %1</translation>
    </message>
    <message>
        <source>%1 of the timesheets could not be loaded: %2</source>
        <translation>%1 des feuilles de temps n’a pas pu être chargée : %2</translation>
    </message>
</context>
<context>
    <name>kd::RetryEditor</name>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Modifier et réessayer</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Begin:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>kd::Screenshotter</name>
    <message>
        <source>Timed out waiting for the window to load.</source>
        <translation>Délai dépassé en attendant le chargement de la fenêtre.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Kimai Desk starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Kimai Desk.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Re-read the running timer every:</source>
        <translation>Relire le chronomètre en cours toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Closing the window keeps Kimai Desk in the tray</source>
        <translation>Fermer la fenêtre laisse Kimai Desk dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Show a desktop notification when a timer starts or stops from the tray or a command</source>
        <translation>Afficher une notification quand un chronomètre démarre ou s&apos;arrête depuis la zone de notification ou une commande</translation>
    </message>
    <message>
        <source>Start Kimai Desk when I log in</source>
        <translation>Lancer Kimai Desk à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Network timeout (no data for):</source>
        <translation>Délai réseau (sans données pendant)&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum response size:</source>
        <translation>Taille maximale d&apos;une réponse&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>Suivi du temps</translation>
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Timer started</source>
        <translation>Chronomètre démarré</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Chronomètre arrêté</translation>
    </message>
</context>
<context>
    <name>kd::SleepMonitor</name>
    <message>
        <source>Stopping the running timer before the computer sleeps</source>
        <translation>Arrêt du chronomètre en cours avant la mise en veille de l’ordinateur</translation>
    </message>
</context>
<context>
    <name>kd::StartDialog</name>
    <message>
        <source>Start a timer</source>
        <translation>Démarrer un chronomètre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>tapez pour rechercher</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation>séparés par des virgules, p. ex. réunion, interne</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Edit the running timer</source>
        <translation>Modifier le chronomètre en cours</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (globale)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Choisissez une activité.</translation>
    </message>
    <message>
        <source>%1 starts. The server records the start time.</source>
        <translation>%1 pour démarrer. Le serveur enregistre l&apos;heure de début.</translation>
    </message>
    <message>
        <source>%1 saves the changes.</source>
        <translation>%1 enregistre les modifications.</translation>
    </message>
</context>
<context>
    <name>kd::Sync</name>
    <message>
        <source>The entry this change belongs to was never created in Kimai.</source>
        <translation>L&apos;entrée à laquelle appartient cette modification n&apos;a jamais été créée dans Kimai.</translation>
    </message>
    <message>
        <source>Entry %1 no longer exists in Kimai: it was deleted there.</source>
        <translation>L&apos;entrée %1 n&apos;existe plus dans Kimai&#xa0;: elle y a été supprimée.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>Kimai already runs %1, started %2 (entry %3).</source>
        <translation>Un chronomètre tourne déjà dans Kimai&#xa0;: %1, démarré le %2 (entrée %3).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to Kimai…</source>
        <translation>
            <numerusform>Envoi de %n modification à Kimai…</numerusform>
            <numerusform>Envoi de %n modifications à Kimai…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log in again to send %n waiting change(s)</source>
        <translation>
            <numerusform>Reconnectez-vous pour envoyer %n modification en attente</numerusform>
            <numerusform>Reconnectez-vous pour envoyer %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n modification demande votre attention</numerusform>
            <numerusform>%n modifications demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Another timer is running in Kimai</source>
        <translation>Un autre chronomètre tourne dans Kimai</translation>
    </message>
    <message>
        <source>Deleted in Kimai</source>
        <translation>Supprimée dans Kimai</translation>
    </message>
    <message>
        <source>Refused by Kimai</source>
        <translation>Refusée par Kimai</translation>
    </message>
    <message>
        <source>Keep both running</source>
        <translation>Laisser tourner les deux</translation>
    </message>
    <message>
        <source>Stop the other timer when mine started</source>
        <translation>Arrêter l&apos;autre chronomètre au démarrage du mien</translation>
    </message>
    <message>
        <source>Create it again</source>
        <translation>La recréer</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Modifier et réessayer</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Abandonner ma modification</translation>
    </message>
</context>
<context>
    <name>kd::TabPage</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>kd::TagEnsurer</name>
    <message>
        <source>you may not create tags on this Kimai (an administrator can create them for you, or allow you to create tags)</source>
        <translation>vous ne pouvez pas créer de mots-clés sur ce Kimai (un administrateur peut les créer pour vous, ou vous le permettre)</translation>
    </message>
    <message>
        <source>Kimai refused the name: %1</source>
        <translation>Kimai a refusé le nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>the tag could not be created: %1</source>
        <translation>le mot-clé n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kimai did not keep them (it ignores tag names it does not know)</source>
        <translation>Kimai ne les a pas gardés (il ignore les mots-clés qu&apos;il ne connaît pas)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not saved (%1): %2.</source>
        <translation>
            <numerusform>%n mot-clé non enregistré (%1)&#xa0;: %2.</numerusform>
            <numerusform>%n mots-clés non enregistrés (%1)&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TargetProgress</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Progress towards today&apos;s target</source>
        <translation>Progression vers l’objectif du jour</translation>
    </message>
    <message>
        <source>Progress towards this week&apos;s target</source>
        <translation>Progression vers l’objectif de la semaine</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <translation>Aujourd&apos;hui %1 sur %2&#xa0;h</translation>
    </message>
    <message>
        <source>This week %1 of %2 h</source>
        <translation>Cette semaine %1 sur %2&#xa0;h</translation>
    </message>
    <message>
        <source>Today: %1 of %2 h (%3 %)</source>
        <translation>Aujourd&apos;hui&#xa0;: %1 sur %2&#xa0;h (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>This week: %1 of %2 h (%3 %)</source>
        <translation>Cette semaine&#xa0;: %1 sur %2&#xa0;h (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>kd::TimeInput</name>
    <message>
        <source>Nothing was typed.</source>
        <translation>Rien n’a été saisi.</translation>
    </message>
    <message>
        <source>“%1” is not understood here.</source>
        <translation>« %1 » n’est pas compris ici.</translation>
    </message>
    <message>
        <source>Something is missing at the end.</source>
        <translation>Il manque quelque chose à la fin.</translation>
    </message>
    <message>
        <source>Hours go from 0 to 23 (1 to 12 with am or pm).</source>
        <translation>Les heures vont de 0 à 23 (de 1 à 12 avec am ou pm).</translation>
    </message>
    <message>
        <source>Minutes and seconds are two digits from 00 to 59.</source>
        <translation>Les minutes et les secondes s’écrivent avec deux chiffres, de 00 à 59.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Cette date n’existe pas.</translation>
    </message>
    <message>
        <source>The end time is missing.</source>
        <translation>L’heure de fin manque.</translation>
    </message>
    <message>
        <source>The end must be after the begin.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <source>A time is missing after the date.</source>
        <translation>Il manque une heure après la date.</translation>
    </message>
</context>
<context>
    <name>kd::TimeKeepingPage</name>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Absence de l’ordinateur</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>never (idle detection off)</source>
        <translation>jamais (détection d’inactivité désactivée)</translation>
    </message>
    <message>
        <source>Ask when I come back after being idle for more than:</source>
        <translation>Demander à mon retour après une inactivité de plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Stop the timer at that moment</source>
        <translation>Arrêter le chronomètre à ce moment</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Le laisser tourner</translation>
    </message>
    <message>
        <source>Ask when I&apos;m back</source>
        <translation>Demander à mon retour</translation>
    </message>
    <message>
        <source>When the screen is &amp;locked:</source>
        <translation>Quand l’écran est &amp;verrouillé&#xa0;:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>Quand l’ordinateur se met en &amp;veille&#xa0;:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Keep it running on the server</source>
        <translation>Le laisser tourner sur le serveur</translation>
    </message>
    <message>
        <source>When I &amp;quit Kimai Desk:</source>
        <translation>Quand je &amp;quitte Kimai Desk&#xa0;:</translation>
    </message>
    <message>
        <source>Logging out of the desktop asks nothing: it stops the timer when this says “Stop the timer” and keeps it running otherwise.</source>
        <translation>La déconnexion du bureau ne demande rien&#xa0;: elle arrête le chronomètre si ce choix est «&#xa0;Arrêter le chronomètre&#xa0;» et le laisse tourner sinon.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Remind me when a timer has run for more than:</source>
        <translation>Me rappeler quand un chronomètre tourne depuis plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Remind me when no timer runs during my working hours, every</source>
        <translation>Me rappeler quand aucun chronomètre ne tourne pendant mes heures de travail, toutes les</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Heures de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Hours a &amp;day:</source>
        <translation>Heures par &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Heures par &amp;semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s totals show in the timer bar and the tray.</source>
        <translation>Les totaux du jour et de la semaine s’affichent dans la barre du chronomètre et dans la zone de notification.</translation>
    </message>
    <message>
        <source>Notify me at 90 % and at 100 % of the day&apos;s target</source>
        <translation>Me prévenir à 90&#xa0;% et à 100&#xa0;% de l’objectif du jour</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>Le temps d’inactivité vient de %1.</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s idle time…</source>
        <translation>Recherche du temps d’inactivité du bureau…</translation>
    </message>
    <message>
        <source>Idle detection is not available on this Wayland session: it offers neither GNOME&apos;s idle monitor nor the screen saver&apos;s idle time. Screen lock and sleep still work.</source>
        <translation>La détection d’inactivité n’est pas disponible dans cette session Wayland&#xa0;: elle n’offre ni le moniteur d’inactivité de GNOME ni le temps d’inactivité de l’économiseur d’écran. Le verrouillage et la mise en veille fonctionnent quand même.</translation>
    </message>
    <message>
        <source>Idle detection is not available on this desktop: no idle source answered. Screen lock and sleep still work.</source>
        <translation>La détection d’inactivité n’est pas disponible sur ce bureau&#xa0;: aucune source n’a répondu. Le verrouillage et la mise en veille fonctionnent quand même.</translation>
    </message>
    <message>
        <source>Ask in a desktop notification too (the question&apos;s window always opens)</source>
        <translation>Demander aussi dans une notification du bureau (la fenêtre de la question s’ouvre toujours)</translation>
    </message>
    <message>
        <source>GNOME&apos;s idle monitor (%1)</source>
        <translation>le moniteur d’inactivité de GNOME (%1)</translation>
    </message>
    <message>
        <source>the desktop&apos;s screen saver service (%1)</source>
        <translation>le service d’économiseur d’écran du bureau (%1)</translation>
    </message>
    <message>
        <source>the X11 screen saver extension (%1)</source>
        <translation>l’extension d’économiseur d’écran X11 (%1)</translation>
    </message>
</context>
<context>
    <name>kd::Timekeeper</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>You were away from %1 to %2 (%3) while the timer ran.</source>
        <translation>Vous étiez absent de %1 à %2 (%3) pendant que le chronomètre tournait.</translation>
    </message>
    <message numerus="yes">
        <source>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</source>
        <translation>
            <numerusform>Vous avez été absent %n fois entre %1 et %2 (%3 au total) pendant que le chronomètre tournait.</numerusform>
            <numerusform>Vous avez été absent %n fois entre %1 et %2 (%3 au total) pendant que le chronomètre tournait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding the time ends the entry at %1.</source>
        <translation>Écarter ce temps termine l’entrée à %1.</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Garder le temps</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’écarter</translation>
    </message>
    <message>
        <source>Discard and continue</source>
        <translation>Écarter et continuer</translation>
    </message>
    <message>
        <source>Book it elsewhere…</source>
        <translation>L’imputer ailleurs…</translation>
    </message>
    <message>
        <source>The timer ran while you were away</source>
        <translation>Le chronomètre a tourné pendant votre absence</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The timer</source>
        <translation>Le chronomètre</translation>
    </message>
    <message>
        <source>Is this timer still right?</source>
        <translation>Ce chronomètre est-il toujours juste&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has been running for %2 h, since %3.</source>
        <translation>%1 tourne depuis %2&#xa0;h, depuis %3.</translation>
    </message>
    <message>
        <source>Stop at %1</source>
        <translation>Arrêter à %1</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Laisser tourner</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>Aucun chronomètre en cours</translation>
    </message>
    <message>
        <source>It is within your working hours, and nothing is being tracked.</source>
        <translation>Vous êtes dans vos heures de travail et rien n’est suivi.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Démarrer…</translation>
    </message>
    <message>
        <source>Restart last</source>
        <translation>Relancer le dernier</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Plus tard (une heure)</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>Plus aujourd’hui</translation>
    </message>
    <message>
        <source>Today&apos;s target is reached</source>
        <translation>L’objectif du jour est atteint</translation>
    </message>
    <message>
        <source>Today&apos;s target is close</source>
        <translation>L’objectif du jour est proche</translation>
    </message>
    <message>
        <source>%1 of %2 h tracked today (%3 %).</source>
        <translation>%1 sur %2&#xa0;h suivies aujourd’hui (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>Stop at this time</source>
        <translation>Arrêter à cette heure</translation>
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
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Démarrer…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Aucun chronomètre en cours.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>Démarrer un chronomètre (%1)</translation>
    </message>
    <message>
        <source>Stop this timer (%1 stops the newest)</source>
        <translation>Arrêter ce chronomètre (%1 arrête le plus récent)</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Échange avec le serveur…</translation>
    </message>
    <message>
        <source>not yet in Kimai</source>
        <translation>pas encore dans Kimai</translation>
    </message>
    <message>
        <source>Started while Kimai could not be reached. It is kept on this computer and sent, with this start time, as soon as Kimai answers.</source>
        <translation>Démarré alors que Kimai était injoignable. L’entrée est conservée sur cet ordinateur et envoyée, avec cette heure de début, dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Changed while Kimai could not be reached. The change is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Modifié alors que Kimai était injoignable. La modification est conservée sur cet ordinateur et envoyée dès que Kimai répond.</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <source>Start a favourite, or add the running timer to the favourites</source>
        <translation>Démarrer un favori, ou ajouter le minuteur en cours aux favoris</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Add an entry with its times (%1)</source>
        <translation>Ajouter une entrée avec ses heures (%1)</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Cette semaine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimerController</name>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation>Kimai n&apos;autorise pas les heures dans le futur.</translation>
    </message>
    <message>
        <source>The server did not answer, and the current state could not be read either (%1). Nothing was retried. Check the timer in Kimai before trying again.</source>
        <translation>Le serveur n&apos;a pas répondu, et l&apos;état actuel n&apos;a pas pu être lu non plus (%1). Aucune nouvelle tentative n&apos;a été faite. Vérifiez le chronomètre dans Kimai avant de réessayer.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, and the timer is still running. Nothing was retried; stop it again when the connection is back.</source>
        <translation>Le serveur n&apos;a pas confirmé l&apos;arrêt, et le chronomètre tourne encore. Aucune nouvelle tentative n&apos;a été faite&#xa0;; arrêtez-le à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>The server did not confirm the stop, but the timer is stopped.</source>
        <translation>Le serveur n&apos;a pas confirmé l&apos;arrêt, mais le chronomètre est arrêté.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, and no timer is running for it. Nothing was retried; start it again when the connection is back.</source>
        <translation>Le serveur n&apos;a pas confirmé le démarrage, et aucun chronomètre correspondant ne tourne. Aucune nouvelle tentative n&apos;a été faite&#xa0;; relancez-le quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>The server did not confirm the start, but the timer has been running since %1.</source>
        <translation>Le serveur n&apos;a pas confirmé le démarrage, mais le chronomètre tourne depuis %1.</translation>
    </message>
    <message>
        <source>There is no recent timesheet to restart.</source>
        <translation>Aucune feuille de temps récente à relancer.</translation>
    </message>
    <message>
        <source>This entry is not in Kimai yet, and its restart could not be kept for later.</source>
        <translation>Cette entrée n’est pas encore dans Kimai, et sa relance n’a pas pu être conservée pour plus tard.</translation>
    </message>
</context>
<context>
    <name>kd::TimerJobs</name>
    <message>
        <source>Kimai does not accept end times from you in its tracking mode, so the timer was stopped now instead of when you left.</source>
        <translation>Dans son mode de suivi, Kimai n’accepte pas d’heure de fin de votre part. Le chronomètre a donc été arrêté maintenant et non au moment de votre départ.</translation>
    </message>
    <message>
        <source>The time you were away could not be booked: %1</source>
        <translation>Le temps de votre absence n’a pas pu être imputé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetActions</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Add an entry (%1)</source>
        <translation>Ajouter une entrée (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the entry (Enter, double-click)</source>
        <translation>Modifier l&apos;entrée (Entrée, double-clic)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>C&amp;ontinue now</source>
        <translation>C&amp;ontinuer maintenant</translation>
    </message>
    <message>
        <source>Start a timer with the same project, activity, description and tags</source>
        <translation>Démarrer un chronomètre avec le même projet, la même activité, la même description et les mêmes mots-clés</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations pour un tableur</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Deta&amp;ils…</source>
        <translation>Déta&amp;ils…</translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n entries…</source>
        <translation>
            <numerusform>&amp;Supprimer %n entrée…</numerusform>
            <numerusform>&amp;Supprimer %n entrées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete (%n entries)</source>
        <translation>
            <numerusform>&amp;Annuler la suppression (%n entrée)</numerusform>
            <numerusform>&amp;Annuler la suppression (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry/entries?</source>
        <translation>
            <numerusform>Supprimer %n entrée&#xa0;?</numerusform>
            <numerusform>Supprimer %n entrées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n entrée exportée ne peut pas être supprimée et restera.</numerusform>
            <numerusform>%n entrées exportées ne peuvent pas être supprimées et resteront.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted: they are locked.</source>
        <translation>
            <numerusform>%n entrée exportée ne peut pas être supprimée&#xa0;: elle est verrouillée.</numerusform>
            <numerusform>%n entrées exportées ne peuvent pas être supprimées&#xa0;: elles sont verrouillées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Supprimer des entrées</translation>
    </message>
    <message>
        <source>Ctrl+Z creates them again (with new ids).</source>
        <translation>Ctrl+Z les recrée (avec de nouveaux identifiants).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n entrée d&apos;un autre utilisateur ne peut pas être supprimée et restera.</numerusform>
            <numerusform>%n entrées d&apos;autres utilisateurs ne peuvent pas être supprimées et resteront.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted: you may not change them.</source>
        <translation>
            <numerusform>%n entrée d&apos;un autre utilisateur ne peut pas être supprimée : vous ne pouvez pas la modifier.</numerusform>
            <numerusform>%n entrées d&apos;autres utilisateurs ne peuvent pas être supprimées : vous ne pouvez pas les modifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExporter</name>
    <message>
        <source>the output was closed</source>
        <translation>la sortie a été fermée</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>This timer is running.</source>
        <translation>Ce chronomètre est en cours.</translation>
    </message>
    <message>
        <source>Not yet in Kimai: made while Kimai could not be reached. It is kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Pas encore dans Kimai : créée alors que Kimai était injoignable. Elle est conservée sur cet ordinateur et envoyée dès que Kimai répond.</translation>
    </message>
    <message>
        <source>Changes not yet in Kimai: made while Kimai could not be reached. They are kept on this computer and sent as soon as Kimai answers.</source>
        <translation>Modifications pas encore dans Kimai : faites alors que Kimai était injoignable. Elles sont conservées sur cet ordinateur et envoyées dès que Kimai répond.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation>Feuilles de temps</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (globale)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) · total %1</source>
        <translation>
            <numerusform>%Ln entrée · total %1</numerusform>
            <numerusform>%Ln entrées · total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%Ln entrée sur cette période · %1 pour les %2 chargées jusqu&apos;ici (faites défiler pour en voir plus)</numerusform>
            <numerusform>%Ln entrées sur cette période · %1 pour les %2 chargées jusqu&apos;ici (faites défiler pour en voir plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description (full)</source>
        <translation>Description (complète)</translation>
    </message>
    <message>
        <source>Timesheet #%1</source>
        <translation>Feuille de temps n° %1</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the timesheets as CSV</source>
        <translation>Exporter les feuilles de temps en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Entrées de qui</translation>
    </message>
    <message>
        <source>Your own entries, or everyone&apos;s you may see (teamleads and administrators)</source>
        <translation>Vos propres entrées, ou celles de tous ceux que vous pouvez voir (chefs d&apos;équipe et administrateurs)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Celles de tous</translation>
    </message>
</context>
<context>
    <name>kd::TrayIcon</name>
    <message>
        <source>No timer running</source>
        <translation>Aucun chronomètre en cours</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Arrêter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Démarrer…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation>Kimai Desk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nouvelle entrée…</translation>
    </message>
</context>
<context>
    <name>kd::VersionTab</name>
    <message>
        <source>Version ID:</source>
        <translation>ID de version&#xa0;:</translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation>Copyright&#xa0;:</translation>
    </message>
    <message>
        <source>Kimai Desk:</source>
        <translation>Kimai Desk&#xa0;:</translation>
    </message>
    <message>
        <source>This server supports:</source>
        <translation>Ce serveur prend en charge&#xa0;:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation>Kimai %1</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — Kimai 2.14 and later</source>
        <translation>Jetons d&apos;API (Authorization: Bearer) — Kimai 2.14 et ultérieur</translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — only Kimai 2.14 and later</source>
        <translation>Jetons d&apos;API (Authorization: Bearer) — uniquement Kimai 2.14 et ultérieur</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0</source>
        <translation>Mots de passe d&apos;API (en-têtes X-AUTH) — obsolètes depuis 2.14, supprimés dans 3.0</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers)</source>
        <translation>Mots de passe d&apos;API (en-têtes X-AUTH)</translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — removed in Kimai 3.0</source>
        <translation>Mots de passe d&apos;API (en-têtes X-AUTH) — supprimés dans Kimai 3.0</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint (Kimai 1.x)</source>
        <translation>Le point d&apos;accès /api/config/i18n (Kimai 1.x)</translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint — removed in Kimai 2.0</source>
        <translation>Le point d&apos;accès /api/config/i18n — supprimé dans Kimai 2.0</translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation>Connecté avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation>Mot de passe d&apos;API (ancien, X-AUTH)</translation>
    </message>
    <message>
        <source>API token (Bearer)</source>
        <translation>Jeton d&apos;API (Bearer)</translation>
    </message>
    <message>
        <source>%1 (Qt %2 at run time, built with Qt %3)</source>
        <translation>%1 (Qt %2 à l&apos;exécution, compilé avec Qt %3)</translation>
    </message>
    <message>
        <source>Favourites kept by Kimai (2.66 and later)</source>
        <translation>Favoris conservés par Kimai (2.66 et suivantes)</translation>
    </message>
    <message>
        <source>Favourites — kept on this computer (Kimai keeps them from 2.66)</source>
        <translation>Favoris — conservés sur cet ordinateur (Kimai les conserve à partir de 2.66)</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>kd::WeekView</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Hours per day, stacked by project</source>
        <translation>Heures par jour, empilées par projet</translation>
    </message>
    <message>
        <source>Click a cell to list its entries.</source>
        <translation>Cliquez sur une cellule pour lister ses entrées.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>the whole week</source>
        <translation>toute la semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry/entries (Enter or a double-click edits one)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n entrée (Entrée ou un double-clic la modifie)</numerusform>
            <numerusform>%1, %2&#xa0;: %n entrées (Entrée ou un double-clic en modifie une)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>Le graphique ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No hours recorded in this span.</source>
        <translation>Aucune heure enregistrée sur cette période.</translation>
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
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
