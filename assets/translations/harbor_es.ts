<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgeTipsView</name>
    <message>
        <source>By age</source>
        <translation>Por edad</translation>
    </message>
    <message>
        <source>Things to talk about</source>
        <translation>Temas para conversar</translation>
    </message>
    <message>
        <source>Device rules</source>
        <translation>Reglas para los dispositivos</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>What to leave private</source>
        <translation>Qué dejar en privado</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>No se puede mostrar esta página.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>Contando las páginas…</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup and restore</source>
        <translation>Copia de seguridad y restauración</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole journal: children, entries and their history, pictures, checklists and settings. It is locked with its own passphrase; without that passphrase nobody can open it, not even Harbor.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado que contiene todo el diario: los niños y niñas, las entradas y su historial, las imágenes, las listas y los ajustes. Está protegida con su propia frase de contraseña; sin esa frase nadie puede abrirla, ni siquiera Harbor.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Repita la frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Your journal passphrase, to confirm it is you</source>
        <translation>Su frase de contraseña del diario, para confirmar que es usted</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Crear una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces the journal on this device with the one in the backup. The journal keeps your current passphrase and gets a new recovery key. Nothing changes if the backup is damaged or the passphrase is wrong.</source>
        <translation>Al restaurar, el diario de este dispositivo se reemplaza por el de la copia de seguridad. El diario conserva su frase de contraseña actual y recibe una nueva clave de recuperación. No cambia nada si la copia de seguridad está dañada o si la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>Bring back a journal from a backup. Choose the passphrase this device will use for it.</source>
        <translation>Recupere un diario desde una copia de seguridad. Elija la frase de contraseña que este dispositivo usará para ese diario.</translation>
    </message>
    <message>
        <source>Your journal passphrase</source>
        <translation>Su frase de contraseña del diario</translation>
    </message>
    <message>
        <source>New journal passphrase</source>
        <translation>Nueva frase de contraseña del diario</translation>
    </message>
    <message>
        <source>New journal passphrase again</source>
        <translation>Repita la nueva frase de contraseña del diario</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>New recovery key: %1</source>
        <translation>Nueva clave de recuperación: %1</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Ya la anoté</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>Harbor backups (*.harborbackup)</source>
        <translation>Copias de seguridad de Harbor (*.harborbackup)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>The passphrase of the backup to restore</source>
        <translation>La frase de contraseña de la copia de seguridad que quiere restaurar</translation>
    </message>
</context>
<context>
    <name>BottomNavigation</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>CallPrepPanel</name>
    <message>
        <source>Before you call the hotline</source>
        <translation>Antes de llamar a la línea directa</translation>
    </message>
    <message>
        <source>Intake will ask for these. Say what you know; &quot;I don&apos;t know&quot; is a fine answer. You do not need proof to call.</source>
        <translation>Quien le atienda le preguntará por estos datos. Diga lo que sepa; &quot;No sé&quot; es una respuesta válida. No necesita pruebas para llamar.</translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation>Llamar: %1 · %2</translation>
    </message>
    <message>
        <source>The child and their age</source>
        <translation>El niño o la niña y su edad</translation>
    </message>
    <message>
        <source>Say the child&apos;s first name and age.</source>
        <translation>Diga el nombre de pila y la edad del niño o la niña.</translation>
    </message>
    <message>
        <source>Where (county)</source>
        <translation>Dónde (condado)</translation>
    </message>
    <message>
        <source>Say the county where the child lives.</source>
        <translation>Diga el condado donde vive el niño o la niña.</translation>
    </message>
    <message>
        <source>What you saw, and when</source>
        <translation>Qué vio y cuándo</translation>
    </message>
    <message>
        <source>Choose entries in the report first.</source>
        <translation>Primero elija entradas en el informe.</translation>
    </message>
    <message>
        <source>Who may be involved</source>
        <translation>Quién puede estar involucrado</translation>
    </message>
    <message>
        <source>Say any usernames, names or accounts you know.</source>
        <translation>Diga los nombres de usuario, nombres o cuentas que conozca.</translation>
    </message>
    <message>
        <source>After the call: write it down</source>
        <translation>Después de la llamada: anótela</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>This number cannot be called</source>
        <translation>No se puede llamar a este número</translation>
    </message>
    <message>
        <source>Call from a phone</source>
        <translation>Llame desde un teléfono</translation>
    </message>
    <message>
        <source>This device cannot place calls. Dial this number on any phone:</source>
        <translation>Este dispositivo no puede hacer llamadas. Marque este número en cualquier teléfono:</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Número de teléfono %1</translation>
    </message>
    <message>
        <source>QR code: scan it with a phone&apos;s camera to dial %1</source>
        <translation>Código QR: escanéelo con la cámara de un teléfono para marcar el %1</translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to dial. The call will appear in that phone&apos;s call log.</source>
        <translation>Escanéelo con la cámara de un teléfono para marcar. La llamada aparecerá en el registro de llamadas de ese teléfono.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ChildPicker</name>
    <message>
        <source>Unlock the journal (on the Journal page) to keep progress for each child.</source>
        <translation>Desbloquee el diario (en la página Diario) para guardar el avance de cada niño o niña.</translation>
    </message>
    <message>
        <source>Add a child on the Journal page (Children) to keep progress for them.</source>
        <translation>Agregue un niño o niña en la página Diario (Niños y niñas) para guardar su avance.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <source>Use a nickname: the journal never needs a full name.</source>
        <translation>Use un apodo: el diario nunca necesita un nombre completo.</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Agregar un niño o una niña</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Birth year (optional)</source>
        <translation>Año de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Platforms and usernames</source>
        <translation>Plataformas y nombres de usuario</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Quitar la plataforma</translation>
    </message>
    <message>
        <source>Add a platform</source>
        <translation>Agregar una plataforma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Quitar este perfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>your state&apos;s child abuse and neglect reporting line</source>
        <translation>la línea de su estado para denunciar maltrato y negligencia infantil</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Content updates</source>
        <translation>Actualizaciones de contenido</translation>
    </message>
    <message>
        <source>Platforms change their settings and agencies change their numbers. Harbor downloads new guides and numbers that its publisher signed, and refuses anything else. The request asks only for the newest content: nothing about you or your journal is sent.</source>
        <translation>Las plataformas cambian su configuración y las agencias cambian sus números. Harbor descarga guías y números nuevos firmados por su editor, y rechaza cualquier otra cosa. La solicitud solo pide el contenido más reciente: no se envía nada sobre usted ni sobre su diario.</translation>
    </message>
    <message>
        <source>Check once a day</source>
        <translation>Comprobar una vez al día</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>What changed in the last update</source>
        <translation>Qué cambió en la última actualización</translation>
    </message>
    <message>
        <source>Checklists of an updated guide ask you to go through them again.</source>
        <translation>Las listas de una guía actualizada le piden que las revise de nuevo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Dirección de actualización</translation>
    </message>
    <message>
        <source>Change it only to use a copy your organisation hosts. Updates from any address must still be signed by Harbor&apos;s publisher.</source>
        <translation>Cámbiela solo para usar una copia que aloje su organización. Las actualizaciones de cualquier dirección deben estar firmadas por el editor de Harbor.</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Guardar la dirección</translation>
    </message>
    <message>
        <source>Use the default address</source>
        <translation>Usar la dirección predeterminada</translation>
    </message>
    <message>
        <source>Harbor does not go online by itself. &quot;Check now&quot; checks once, when you press it.</source>
        <translation>Harbor no se conecta a internet por su cuenta. &quot;Comprobar ahora&quot; comprueba una vez, cuando usted lo pulsa.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>No se puede hacer privada la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type the date and time like %1, or use “Choose date and time”.</source>
        <translation>Escriba la fecha y la hora así: %1, o use “Elegir fecha y hora”.</translation>
    </message>
    <message>
        <source>Choose a time no later than %1.</source>
        <translation>Elija una hora que no sea posterior a %1.</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Choose date and time</source>
        <translation>Elegir fecha y hora</translation>
    </message>
</context>
<context>
    <name>DateTimePopup</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar heading: month name, year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>EmergencyBar</name>
    <message>
        <source>Emergency calls</source>
        <translation>Llamadas de emergencia</translation>
    </message>
    <message>
        <source>Call 911</source>
        <translation>Llamar al 911</translation>
    </message>
    <message>
        <source>Danger now</source>
        <translation>Peligro ahora</translation>
    </message>
    <message>
        <source>Call emergency services if a child is in danger right now.</source>
        <translation>Llame a los servicios de emergencia si un niño o una niña está en peligro en este momento.</translation>
    </message>
    <message>
        <source>Call the hotline</source>
        <translation>Llamar a la línea directa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2, open %3.</source>
        <translation>%1, %2, disponible %3.</translation>
    </message>
    <message>
        <source>Calls made from Harbor appear in the phone&apos;s call log, like any other call.</source>
        <translation>Las llamadas hechas desde Harbor aparecen en el registro de llamadas del teléfono, como cualquier otra llamada.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Locks the journal, clears anything Harbor copied and closes Harbor at once. Shortcut: %1.</source>
        <translation>Bloquea el diario, borra lo que Harbor haya copiado y cierra Harbor al instante. Atajo: %1.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Draft: a quick note. Complete it when you can.</source>
        <translation>Borrador: una nota rápida. Complétela cuando pueda.</translation>
    </message>
    <message>
        <source>This entry was deleted. Its history is kept and it can be brought back.</source>
        <translation>Esta entrada se eliminó. Su historial se conserva y se puede restaurar.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Erase permanently…</source>
        <translation>Borrar definitivamente…</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every change is kept and linked to the one before, so the journal can show it was not altered.</source>
        <translation>Cada cambio se conserva y se enlaza con el anterior, para que el diario pueda demostrar que no fue alterado.</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>Attach a picture or PDF</source>
        <translation>Adjuntar una imagen o un PDF</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Imágenes y PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>This entry was erased permanently. What stays: that an entry existed for this child, when it was written and erased, and the hashes of its versions in the chain.</source>
        <translation>Esta entrada se borró para siempre. Lo que queda: que existió una entrada para este menor, cuándo se escribió y se borró, y los hashes de sus versiones en la cadena.</translation>
    </message>
    <message>
        <source>Entry brought back. It is in the journal list again.</source>
        <translation>Entrada restaurada. Ya está otra vez en la lista del diario.</translation>
    </message>
    <message>
        <source>Entry deleted. You can undo it now, or later: in the list, open Filters and turn on Show deleted entries.</source>
        <translation>Entrada eliminada. Puede deshacerlo ahora o más tarde: en la lista, abra Filtros y active Mostrar entradas eliminadas.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit entry</source>
        <translation>Editar la entrada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Saving keeps the earlier version in the entry&apos;s history.</source>
        <translation>Al guardar, la versión anterior se conserva en el historial de la entrada.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Sin elegir todavía</translation>
    </message>
    <message>
        <source>When a child tells you something</source>
        <translation>Cuando un niño o una niña le cuenta algo</translation>
    </message>
    <message>
        <source>Stay calm, believe them and tell them it is not their fault. Do not ask for details, suggest names or acts, record the conversation or go over it again with them: trained forensic interviewers at a Children&apos;s Advocacy Center do that. Write down their own words, when they said them and who was there.</source>
        <translation>Mantenga la calma, créale y dígale que no es su culpa. No le pida detalles, no le sugiera nombres ni actos, no grabe la conversación ni vuelva a repasarla con él o ella: eso lo hacen entrevistadores forenses capacitados en un Centro de Defensa Infantil (Children&apos;s Advocacy Center). Anote sus propias palabras, cuándo las dijo y quién estaba presente.</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Las propias palabras del niño o la niña</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quién estaba presente</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Quién atendió</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Qué le dijeron</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Plataforma o aplicación</translation>
    </message>
    <message>
        <source>Account or username involved</source>
        <translation>Cuenta o nombre de usuario involucrado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Erase this entry permanently?</source>
        <translation>¿Borrar esta entrada definitivamente?</translation>
    </message>
    <message>
        <source>Its text, every earlier version of it and its files are removed for good, with what it said: the kind of entry, when it happened, the platform, category, severity and whether it was a draft.</source>
        <translation>Su texto, cada versión anterior y sus archivos se borran para siempre, junto con lo que decía: el tipo de entrada, cuándo ocurrió, la plataforma, la categoría, la gravedad y si era un borrador.</translation>
    </message>
    <message>
        <source>What stays, so the journal&apos;s chain still verifies: that an entry existed, which child it was about, when it was written, each time it was changed, deleted or restored and when it was erased, and the hash of every version. A hash does not reveal the text, but it can confirm an exact copy of it.</source>
        <translation>Lo que queda, para que la cadena del diario se siga pudiendo verificar: que existió una entrada, sobre qué niño o niña era, cuándo se escribió, cada vez que se cambió, eliminó o restauró y cuándo se borró, y el hash de cada versión. Un hash no revela el texto, pero puede confirmar una copia exacta de él.</translation>
    </message>
    <message>
        <source>Deleting instead keeps everything and can be undone.</source>
        <translation>Si en cambio la elimina, todo se conserva y se puede deshacer.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Filtros (activos)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Every child</source>
        <translation>Todos los niños y niñas</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Search looks in current entries only</source>
        <translation>La búsqueda solo revisa las entradas actuales</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Entradas eliminadas</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entry(s). Open one to see it and bring it back.</source>
        <translation>
            <numerusform>%n entrada eliminada. Ábrala para verla y restaurarla.</numerusform>
            <numerusform>%n entradas eliminadas. Abra una para verla y restaurarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show current entries</source>
        <translation>Mostrar entradas actuales</translation>
    </message>
    <message>
        <source>Show deleted entries</source>
        <translation>Mostrar entradas eliminadas</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>What to write down</source>
        <translation>Qué anotar</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Done for %1.</source>
        <translation>Completado para %1.</translation>
    </message>
    <message>
        <source>This guide has changed since you went through it with %1.</source>
        <translation>Esta guía cambió desde que la revisó con %1.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Qué elegir: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Family and supervision tools</source>
        <translation>Herramientas de supervisión familiar</translation>
    </message>
    <message>
        <source>How to report an account or content</source>
        <translation>Cómo denunciar una cuenta o un contenido</translation>
    </message>
    <message>
        <source>Risks on this platform</source>
        <translation>Riesgos en esta plataforma</translation>
    </message>
</context>
<context>
    <name>GuidesHome</name>
    <message>
        <source>Search the guides</source>
        <translation>Buscar en las guías</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>No se encontró nada. Pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Apps, juegos y dispositivos</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Más ayuda</translation>
    </message>
    <message>
        <source>Tips by age</source>
        <translation>Consejos por edad</translation>
    </message>
    <message>
        <source>For foster caretakers</source>
        <translation>Para familias de acogida</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Clear, step-by-step help for keeping a child safer online, written for parents, guardians and foster caretakers.</source>
        <translation>Ayuda clara, paso a paso, para proteger mejor a un niño o una niña en internet, escrita para madres, padres, tutores y familias de acogida.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the guides</source>
        <translation>Volver a las guías</translation>
    </message>
</context>
<context>
    <name>ImageRuleNotice</name>
    <message>
        <source>Before you attach a picture</source>
        <translation>Antes de adjuntar una imagen</translation>
    </message>
    <message>
        <source>Never save, copy, screenshot or forward a sexual image of a child, not even as proof: having or sending it is a crime. Write down what identifies it instead: the platform, the username, the profile link, the date and time, and what was said or asked for.</source>
        <translation>Nunca guarde, copie, capture en pantalla ni reenvíe una imagen sexual de un menor de edad, ni siquiera como prueba: tenerla o enviarla es un delito. En su lugar, anote lo que la identifica: la plataforma, el nombre de usuario, el enlace del perfil, la fecha y la hora, y lo que se dijo o se pidió.</translation>
    </message>
    <message>
        <source>Report the image to NCMEC&apos;s CyberTipline at report.cybertip.org or 1-800-843-5678. If pictures of your child may be circulating, NCMEC&apos;s Take It Down service can help remove them.</source>
        <translation>Denuncie la imagen a la CyberTipline del NCMEC en report.cybertip.org o al 1-800-843-5678. Si es posible que circulen imágenes de su hijo o hija, el servicio Take It Down del NCMEC puede ayudar a eliminarlas.</translation>
    </message>
    <message>
        <source>I understand. The file I attach is not such an image.</source>
        <translation>Entiendo. El archivo que adjunto no es una imagen de ese tipo.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A private record of what you notice, kept encrypted on this device only, that you can turn into a report for the hotline, a caseworker or the police.</source>
        <translation>Un registro privado de lo que usted observa, cifrado y guardado solo en este dispositivo, que puede convertir en un informe para la línea directa, un trabajador social o la policía.</translation>
    </message>
</context>
<context>
    <name>JournalWorkspace</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Bloquear el diario</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>A child told me</source>
        <translation>Un niño o niña me contó</translation>
    </message>
    <message>
        <source>Record what a child told me</source>
        <translation>Anotar lo que me contó un niño o una niña</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Llamada a la línea directa</translation>
    </message>
    <message>
        <source>Record a hotline call</source>
        <translation>Anotar una llamada a la línea directa</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>Verificar el diario</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(s)</source>
        <translation>
            <numerusform>%n entrada encontrada</numerusform>
            <numerusform>%n entradas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>No hay coincidencias. Pruebe con menos palabras o quite los filtros.</translation>
    </message>
    <message>
        <source>Nothing written yet. When you notice something, a quick note above is enough; you can complete it later.</source>
        <translation>Todavía no hay nada escrito. Cuando note algo, basta con una nota rápida aquí arriba; puede completarla después.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Crear un informe</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entry(s)</source>
        <translation>
            <numerusform>%n entrada eliminada</numerusform>
            <numerusform>%n entradas eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted entries.</source>
        <translation>No hay entradas eliminadas.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>There is no journal on this device yet.</source>
        <translation>Todavía no hay un diario en este dispositivo.</translation>
    </message>
    <message>
        <source>A journal already exists on this device. Harbor never replaces it with a new one.</source>
        <translation>Ya existe un diario en este dispositivo. Harbor nunca lo reemplaza por uno nuevo.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Esa frase de contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. Check each group of characters.</source>
        <translation>Esa clave de recuperación no abre este diario. Revise cada grupo de caracteres.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait before trying again.</source>
        <translation>Demasiados intentos. Espere antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing, so the journal cannot be opened. Restore it from a backup; Harbor will not create a new journal over the old one.</source>
        <translation>Falta el archivo de claves del diario, así que no se puede abrir. Restáurelo desde una copia de seguridad; Harbor no creará un diario nuevo encima del anterior.</translation>
    </message>
    <message>
        <source>The journal file is missing. Restore it from a backup; its key file was kept.</source>
        <translation>Falta el archivo del diario. Restáurelo desde una copia de seguridad; su archivo de claves se conservó.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is damaged, so the journal cannot be opened. Nothing was changed.</source>
        <translation>El archivo de claves del diario está dañado, así que no se puede abrir. No se cambió nada.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Harbor. Update Harbor to open it.</source>
        <translation>Este diario fue creado por una versión más reciente de Harbor. Actualice Harbor para abrirlo.</translation>
    </message>
    <message>
        <source>The journal file is damaged or is not this journal. Nothing was changed.</source>
        <translation>El archivo del diario está dañado o no es este diario. No se cambió nada.</translation>
    </message>
    <message>
        <source>Harbor could not turn on encryption, so it will not store anything. Reinstall Harbor.</source>
        <translation>Harbor no pudo activar el cifrado, así que no guardará nada. Vuelva a instalar Harbor.</translation>
    </message>
    <message>
        <source>This device is out of storage. Free some space and try again; nothing was lost.</source>
        <translation>Este dispositivo no tiene espacio. Libere espacio e inténtelo de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <source>Harbor could not read or write its files. Nothing was lost; try again.</source>
        <translation>Harbor no pudo leer ni escribir sus archivos. No se perdió nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LinkSheet</name>
    <message>
        <source>Open this website?</source>
        <translation>¿Abrir este sitio web?</translation>
    </message>
    <message>
        <source>It will appear in your browser&apos;s history, where anyone who uses this device can see it. To leave no trace there, copy the link and open it somewhere safer, such as a private window or another device.</source>
        <translation>Aparecerá en el historial de su navegador, donde cualquier persona que use este dispositivo puede verlo. Para no dejar rastro allí, copie el enlace y ábralo en un lugar más seguro, como una ventana privada u otro dispositivo.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Su diario está bloqueado</translation>
    </message>
    <message>
        <source>Guides, resources and the emergency buttons work without unlocking.</source>
        <translation>Las guías, los recursos y los botones de emergencia funcionan sin desbloquear.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you set up Harbor, then choose a new passphrase.</source>
        <translation>Escriba la clave de recuperación que anotó al configurar Harbor y luego elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation>Poner la nueva frase y desbloquear</translation>
    </message>
    <message>
        <source>Checking… this takes about a second on purpose, to slow down guessing.</source>
        <translation>Comprobando… tarda cerca de un segundo a propósito, para frenar a quien intente adivinarla.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Olvidé mi frase de contraseña</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Harbor</source>
        <translation>Harbor</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation>Escribir una nueva entrada en el diario</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Bloquear el diario</translation>
    </message>
    <message>
        <source>Go back, or close the open panel or sheet</source>
        <translation>Volver, o cerrar el panel o la ventana abierta</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Quick exit: lock the journal and close Harbor</source>
        <translation>Salida rápida: bloquear el diario y cerrar Harbor</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>A private journal, only on this device</source>
        <translation>Un diario privado, solo en este dispositivo</translation>
    </message>
    <message>
        <source>Harbor keeps what you write encrypted on this device. Nothing is sent anywhere unless you export it yourself.</source>
        <translation>Harbor guarda cifrado en este dispositivo lo que usted escribe. No se envía nada a ninguna parte a menos que usted mismo lo exporte.</translation>
    </message>
    <message>
        <source>Harbor never watches or reads your child&apos;s phone or accounts. It helps you notice, write down and act.</source>
        <translation>Harbor nunca vigila ni lee el teléfono ni las cuentas de su hijo o hija. Le ayuda a notar, anotar y actuar.</translation>
    </message>
    <message>
        <source>Harbor is not an emergency service. If a child is in danger now, call 911 with the red button at the top.</source>
        <translation>Harbor no es un servicio de emergencia. Si un menor está en peligro ahora, llame al 911 con el botón rojo de arriba.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember and hard to guess. Do not use a passphrase that someone in your home might know.</source>
        <translation>Varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. No use una frase que alguien en su casa pueda conocer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase otra vez</translation>
    </message>
    <message>
        <source>Creating your encrypted journal…</source>
        <translation>Creando su diario cifrado…</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Su diario está listo</translation>
    </message>
    <message>
        <source>It locks itself when you are away. Your passphrase opens it; your recovery key opens it if you forget.</source>
        <translation>Se bloquea solo cuando usted no lo usa. Su frase de contraseña lo abre; su clave de recuperación lo abre si la olvida.</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Moving from another phone? Restore your backup in Settings, under Backup and restore, instead of starting a new journal.</source>
        <translation>¿Viene de otro teléfono? Restaure su copia de seguridad en Ajustes, en Copia de seguridad y restauración, en lugar de empezar un diario nuevo.</translation>
    </message>
    <message>
        <source>If someone walks in, press Quick exit at the top or %1: Harbor locks the journal, clears anything it copied and closes at once.</source>
        <translation>Si alguien entra, pulse Salida rápida arriba o %1: Harbor bloquea el diario, borra lo que haya copiado y se cierra al instante.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vive?</translation>
    </message>
    <message>
        <source>Your state decides which reporting line the hotline button calls.</source>
        <translation>Su estado decide a qué línea de denuncias llama el botón de la línea directa.</translation>
    </message>
    <message>
        <source>Hotline: %1, %2 (%3). You can change your state later on the Resources page.</source>
        <translation>Línea directa: %1, %2 (%3). Puede cambiar su estado más tarde en la página Recursos.</translation>
    </message>
</context>
<context>
    <name>PanelHeader</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the journal list</source>
        <translation>Volver a la lista del diario</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number was given.</source>
        <translation>No se indicó ningún número de teléfono.</translation>
    </message>
    <message>
        <source>This phone number is too long to be real.</source>
        <translation>Este número de teléfono es demasiado largo para ser real.</translation>
    </message>
    <message>
        <source>This phone number contains characters that are not digits.</source>
        <translation>Este número de teléfono contiene caracteres que no son dígitos.</translation>
    </message>
    <message>
        <source>This short number is not a known emergency or help line.</source>
        <translation>Este número corto no es una línea de emergencia o de ayuda conocida.</translation>
    </message>
</context>
<context>
    <name>PrivateCover</name>
    <message>
        <source>Hidden while Harbor is in the background</source>
        <translation>Oculto mientras Harbor está en segundo plano</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>%1 percent done</source>
        <translation>%1 por ciento completado</translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Quick note: what did you just see?</source>
        <translation>Nota rápida: ¿qué acaba de ver?</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Nota rápida</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into your journal. Write it on paper now and keep it somewhere safe, away from anyone you are worried about. Anyone who has it can open the journal. Harbor will not show it again.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a entrar en su diario. Escríbala ahora en papel y guárdela en un lugar seguro, lejos de cualquier persona que le preocupe. Quien la tenga puede abrir el diario. Harbor no volverá a mostrarla.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clave de recuperación: %1</translation>
    </message>
    <message>
        <source>To check that you wrote it down, type group %1 and group %2.</source>
        <translation>Para comprobar que la anotó, escriba el grupo %1 y el grupo %2.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation>Ya la anoté</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>If the child goes missing, call in this order</source>
        <translation>Si el niño o la niña desaparece, llame en este orden</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Childhelp: counselling, and your state&apos;s reporting line</source>
        <translation>Childhelp: orientación, y la línea de su estado para denunciar</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>State name or postal code, e.g. Texas or TX</source>
        <translation>Nombre o código postal del estado, p. ej., Texas o TX</translation>
    </message>
    <message>
        <source>Search for your state</source>
        <translation>Busque su estado</translation>
    </message>
    <message>
        <source>No state or territory matches &quot;%1&quot;.</source>
        <translation>Ningún estado ni territorio coincide con «%1».</translation>
    </message>
    <message>
        <source>States and territories</source>
        <translation>Estados y territorios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, elegido</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>A report puts what you wrote down in one PDF for the hotline, a caseworker or police: each entry with its history, the pictures as numbered exhibits, and the hashes that show nothing was changed.</source>
        <translation>Un informe reúne en un solo PDF lo que usted anotó, para la línea directa, un trabajador social o la policía: cada entrada con su historial, las imágenes como anexos numerados y los hashes que demuestran que no se cambió nada.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <source>None ticked: every child.</source>
        <translation>Si no marca ninguno: todos los niños y niñas.</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Prepared by (optional): your name or role</source>
        <translation>Preparado por (opcional): su nombre o función</translation>
    </message>
    <message>
        <source>What the report will hold</source>
        <translation>Qué incluirá el informe</translation>
    </message>
    <message>
        <source>Prepare for a hotline call</source>
        <translation>Prepararse para llamar a la línea directa</translation>
    </message>
    <message>
        <source>Export a PDF</source>
        <translation>Exportar un PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Save it where only you can reach it, and share it only with the people who need it.</source>
        <translation>El PDF no está cifrado: cualquier persona que tenga el archivo puede leerlo. Guárdelo donde solo usted pueda acceder y compártalo solo con las personas que lo necesiten.</translation>
    </message>
    <message>
        <source>Your journal passphrase, to confirm it is you</source>
        <translation>Su frase de contraseña del diario, para confirmar que es usted</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Open the PDF (to read or print it)</source>
        <translation>Abrir el PDF (para leerlo o imprimirlo)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResourceCard</name>
    <message>
        <source>For law enforcement</source>
        <translation>Para las fuerzas del orden</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Enviar mensaje al %1</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation>Abrir el sitio web de %1</translation>
    </message>
    <message>
        <source>TTY: %1</source>
        <translation>TTY: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Who to call, what each line is for, and when it answers. In danger now: call 911.</source>
        <translation>A quién llamar, para qué sirve cada línea y cuándo atiende. Si hay peligro ahora: llame al 911.</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Su estado: %1</translation>
    </message>
    <message>
        <source>No state chosen: the resources below are national.</source>
        <translation>No ha elegido un estado: los recursos de abajo son nacionales.</translation>
    </message>
    <message>
        <source>Your state decides which reporting line the hotline button calls.</source>
        <translation>Su estado decide a qué línea de denuncias llama el botón de la línea directa.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Journal lock</source>
        <translation>Bloqueo del diario</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock when Harbor is in the background for</source>
        <translation>Bloquear cuando Harbor esté en segundo plano durante</translation>
    </message>
    <message>
        <source>No time at all</source>
        <translation>Nada de tiempo</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Makes a new recovery key and stops the old one from working.</source>
        <translation>Crea una nueva clave de recuperación y hace que la anterior deje de funcionar.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Deletes the journal, its keys and everything else Harbor keeps in its folder on this device: settings and downloaded guides. This cannot be undone. It cannot reach reports or backups you saved elsewhere, and the device&apos;s flash storage may keep old copies of erased blocks for a while. Type %1 and your passphrase to confirm.</source>
        <translation>Borra el diario, sus claves y todo lo demás que Harbor guarda en su carpeta de este dispositivo: la configuración y las guías descargadas. No se puede deshacer. No puede alcanzar los informes ni las copias de seguridad que guardó en otro lugar, y la memoria flash del dispositivo puede conservar durante un tiempo copias antiguas de los bloques borrados. Escriba %1 y su frase de contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery key</source>
        <translation>Su frase de contraseña, para crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Your passphrase, to erase everything</source>
        <translation>Su frase de contraseña, para borrar todo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as this device</source>
        <translation>Igual que este dispositivo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>How Harbor looks and speaks, how the journal locks, and how guides stay current. Nothing you choose here leaves this device.</source>
        <translation>Cómo se ve y habla Harbor, cómo se bloquea el diario y cómo se mantienen al día las guías. Nada de lo que elija aquí sale de este dispositivo.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A text size in percent, e.g. &quot;125%&quot;; %1 is the number.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation>Cerrar los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Harbor</source>
        <translation>Harbor</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <source>Write it down</source>
        <translation>Anotarlo</translation>
    </message>
    <message>
        <source>Write this sign down in the journal</source>
        <translation>Anotar esta señal en el diario</translation>
    </message>
    <message>
        <source>Saved in the journal as a draft. Add when, where and who when you can.</source>
        <translation>Guardado en el diario como borrador. Agregue cuándo, dónde y quién cuando pueda.</translation>
    </message>
    <message>
        <source>Unlock the journal to write down what you ticked.</source>
        <translation>Desbloquee el diario para anotar lo que marcó.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Last reviewed %1. Apps and platforms change their settings often; if a menu looks different, look for the closest match.</source>
        <translation>Revisado por última vez el %1. Las apps y plataformas cambian su configuración con frecuencia; si un menú se ve distinto, busque la opción más parecida.</translation>
    </message>
    <message>
        <source>Checked against:</source>
        <translation>Verificado con:</translation>
    </message>
    <message>
        <source>Open the source: %1</source>
        <translation>Abrir la fuente: %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>Week of %1: %n observation(s)</source>
        <translation>
            <numerusform>Semana del %1: %n observación</numerusform>
            <numerusform>Semana del %1: %n observaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Every child</source>
        <translation>Todos los niños y niñas</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Each bar is one week of observations, by the day they happened; the newest week is on the right.</source>
        <translation>Cada barra es una semana de observaciones, según el día en que ocurrieron; la semana más reciente está a la derecha.</translation>
    </message>
</context>
<context>
    <name>UpdatesConsent</name>
    <message>
        <source>Should Harbor go online to check for new guides and numbers?</source>
        <translation>¿Debe Harbor conectarse a internet para buscar guías y números nuevos?</translation>
    </message>
    <message>
        <source>Once a day, Harbor can ask its update server for new guides and phone numbers. Each check lets the update server, and anyone who can watch this network (whoever runs the Wi-Fi, the internet provider), learn that Harbor is used on this device and at what time. The update server also sees this network&apos;s IP address.</source>
        <translation>Una vez al día, Harbor puede pedir a su servidor de actualizaciones guías y números de teléfono nuevos. Cada comprobación permite que el servidor de actualizaciones, y cualquiera que pueda observar esta red (quien administra el wifi, el proveedor de internet), sepa que Harbor se usa en este dispositivo y a qué hora. El servidor de actualizaciones también ve la dirección IP de esta red.</translation>
    </message>
    <message>
        <source>Nothing from your journal is sent: it never leaves this device. Without going online, Harbor keeps working with the guides and numbers it came with. You can change this in Settings at any time, and &quot;Check now&quot; there checks once, only when you press it.</source>
        <translation>No se envía nada de su diario: nunca sale de este dispositivo. Sin conectarse, Harbor sigue funcionando con las guías y los números que trae. Puede cambiar esto en Ajustes cuando quiera, y allí &quot;Comprobar ahora&quot; comprueba una vez, solo cuando usted lo pulsa.</translation>
    </message>
    <message>
        <source>Check for updates once a day</source>
        <translation>Buscar actualizaciones una vez al día</translation>
    </message>
    <message>
        <source>Don&apos;t go online</source>
        <translation>No conectarse a internet</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify the journal</source>
        <translation>Verificar el diario</translation>
    </message>
    <message>
        <source>Harbor links every change to the one before it with a SHA-256 hash. Checking recomputes every link and every attached file: a change made outside Harbor to entries, their history or their files shows up here, with the first entry changed.</source>
        <translation>Harbor enlaza cada cambio con el anterior mediante un hash SHA-256. La comprobación vuelve a calcular cada eslabón y cada archivo adjunto: un cambio hecho fuera de Harbor en las entradas, su historial o sus archivos aparece aquí, con la primera entrada cambiada.</translation>
    </message>
    <message>
        <source>It cannot show that someone who knows the passphrase rewrote the journal: they can recompute every link. Nor can it show that an old copy of all of Harbor&apos;s files was put back. To notice those, keep the chain head that every report and backup prints (hash, links, entries, time) and compare it later.</source>
        <translation>No puede mostrar que alguien que conoce la frase de contraseña haya reescrito el diario: esa persona puede volver a calcular cada eslabón. Tampoco puede mostrar que se haya vuelto a poner una copia antigua de todos los archivos de Harbor. Para notarlo, guarde el final de la cadena que imprime cada informe y cada copia de seguridad (hash, eslabones, entradas, hora) y compárelo más adelante.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Show that entry</source>
        <translation>Mostrar esa entrada</translation>
    </message>
</context>
<context>
    <name>WhereDoYouLive</name>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vive?</translation>
    </message>
    <message>
        <source>Reports of child abuse, neglect and trafficking go to the state where the child lives. Choose your state and the hotline button will call its reporting line. Harbor keeps your answer on this device only; you can change it on the Resources page.</source>
        <translation>Las denuncias de maltrato, negligencia y trata de menores se hacen en el estado donde vive el menor. Elija su estado y el botón de la línea directa llamará a su línea de denuncias. Harbor guarda su respuesta solo en este dispositivo; puede cambiarla en la página Recursos.</translation>
    </message>
    <message>
        <source>Skip: I&apos;d rather not say</source>
        <translation>Omitir: prefiero no decirlo</translation>
    </message>
    <message>
        <source>Without a state, the hotline button calls a national line whose counsellors listen and tell you how to reach your state&apos;s reporting line; they do not take reports themselves. In an emergency, call 911.</source>
        <translation>Sin un estado, el botón de la línea directa llama a una línea nacional cuyos consejeros le escuchan y le dicen cómo llegar a la línea de denuncias de su estado; ellos no reciben denuncias. En una emergencia, llame al 911.</translation>
    </message>
</context>
<context>
    <name>harbor::emergency::CallController</name>
    <message>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <source>%1 is not a number Harbor can send a text message to.</source>
        <translation>%1 no es un número al que Harbor pueda enviar un mensaje de texto.</translation>
    </message>
</context>
<context>
    <name>harbor::guidesui::GuideProgress</name>
    <message>
        <source>This tick could not be saved. Unlock the journal and try again.</source>
        <translation>No se pudo guardar lo que marcó. Desbloquee el diario e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>harbor::guidesui::GuidesController</name>
    <message>
        <source>Harbor has no resources for that place.</source>
        <translation>Harbor no tiene recursos para ese lugar.</translation>
    </message>
</context>
<context>
    <name>harbor::journal::AttachmentDecoder</name>
    <message>
        <source>This document could not be shown safely: it is larger than Harbor opens.</source>
        <translation>Este documento no se pudo mostrar de forma segura: es más grande de lo que Harbor abre.</translation>
    </message>
    <message>
        <source>This picture could not be shown safely: it is larger than Harbor opens.</source>
        <translation>Esta imagen no se pudo mostrar de forma segura: es más grande de lo que Harbor abre.</translation>
    </message>
    <message>
        <source>This document could not be shown safely: the file is damaged.</source>
        <translation>Este documento no se pudo mostrar de forma segura: el archivo está dañado.</translation>
    </message>
    <message>
        <source>This picture could not be shown safely: the file is damaged.</source>
        <translation>Esta imagen no se pudo mostrar de forma segura: el archivo está dañado.</translation>
    </message>
    <message>
        <source>This document could not be shown: Harbor does not open this kind of PDF.</source>
        <translation>Este documento no se pudo mostrar: Harbor no abre este tipo de PDF.</translation>
    </message>
    <message>
        <source>This picture could not be shown: Harbor opens PNG and JPEG pictures only.</source>
        <translation>Esta imagen no se pudo mostrar: Harbor solo abre imágenes PNG y JPEG.</translation>
    </message>
    <message>
        <source>This page is not in the document.</source>
        <translation>Esta página no está en el documento.</translation>
    </message>
    <message>
        <source>This document could not be shown safely: it took too long.</source>
        <translation>Este documento no se pudo mostrar de forma segura: tardó demasiado.</translation>
    </message>
    <message>
        <source>This picture could not be shown safely: it took too long.</source>
        <translation>Esta imagen no se pudo mostrar de forma segura: tardó demasiado.</translation>
    </message>
    <message>
        <source>Attachments cannot be shown: a part of Harbor is missing. Install Harbor again to see them.</source>
        <translation>No se pueden mostrar los adjuntos: falta una parte de Harbor. Vuelva a instalar Harbor para verlos.</translation>
    </message>
    <message>
        <source>This document could not be shown safely: opening it was stopped.</source>
        <translation>Este documento no se pudo mostrar de forma segura: se detuvo su apertura.</translation>
    </message>
    <message>
        <source>This picture could not be shown safely: opening it was stopped.</source>
        <translation>Esta imagen no se pudo mostrar de forma segura: se detuvo su apertura.</translation>
    </message>
</context>
<context>
    <name>harbor::journal::CategoryCatalog</name>
    <message>
        <source>Grooming</source>
        <translation>Grooming (captación)</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>Sextorsión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>harbor::journal::EntryText</name>
    <message>
        <source>Disclosure</source>
        <translation>Revelación</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Llamada a la línea directa</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Las propias palabras del niño o la niña</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quién estaba presente</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Quién atendió</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Qué le dijeron</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>harbor::journal::JournalError</name>
    <message>
        <source>Please fill in this field before saving.</source>
        <translation>Complete este campo antes de guardar.</translation>
    </message>
    <message>
        <source>The date is in the future. Choose when it happened, up to now.</source>
        <translation>La fecha está en el futuro. Elija cuándo ocurrió, hasta el momento actual.</translation>
    </message>
    <message>
        <source>This value is not valid. Please check it.</source>
        <translation>Este valor no es válido. Revíselo.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures and PDF documents can be attached.</source>
        <translation>Solo se pueden adjuntar imágenes PNG y JPEG y documentos PDF.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Attach a smaller copy.</source>
        <translation>El archivo pesa más de 20 MB. Adjunte una copia más pequeña.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <source>This child has journal entries, so the profile is kept. You can rename it instead.</source>
        <translation>Este niño o niña tiene entradas en el diario, así que su perfil se conserva. En su lugar, puede cambiarle el nombre.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it and try again.</source>
        <translation>El diario está bloqueado. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The device is full, so nothing was saved. Free some space and save again; what you wrote is still here.</source>
        <translation>El dispositivo está lleno, así que no se guardó nada. Libere espacio y vuelva a guardar; lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>The device could not write the journal, so nothing was saved. Try again; what you wrote is still here.</source>
        <translation>El dispositivo no pudo escribir el diario, así que no se guardó nada. Inténtelo de nuevo; lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>The journal file is damaged, so nothing was saved. Earlier entries were not changed.</source>
        <translation>El archivo del diario está dañado, así que no se guardó nada. Las entradas anteriores no se modificaron.</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::AttachmentImageProvider</name>
    <message>
        <source>This attachment is not in the journal.</source>
        <translation>Este adjunto no está en el diario.</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::EntryDetailController</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::JournalController</name>
    <message>
        <source>The journal was changed outside Harbor. The first entry affected is number %1.</source>
        <translation>El diario se modificó fuera de Harbor. La primera entrada afectada es la número %1.</translation>
    </message>
    <message>
        <source>The journal was changed outside Harbor.</source>
        <translation>El diario se modificó fuera de Harbor.</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::ReportController</name>
    <message>
        <source>Unlock the journal first.</source>
        <translation>Primero desbloquee el diario.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Elija un archivo en este dispositivo.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a little, then try again.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Espere un poco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s passphrase. Nothing was exported.</source>
        <translation>Esa no es la frase de contraseña del diario. No se exportó nada.</translation>
    </message>
    <message>
        <source>The report could not be written there. Choose another place, or free some space.</source>
        <translation>No se pudo guardar el informe ahí. Elija otro lugar o libere espacio.</translation>
    </message>
    <message>
        <source>The report was saved as %1. It is not encrypted: keep it safe and share it only with the people who need it.</source>
        <translation>El informe se guardó como %1. No está cifrado: guárdelo en un lugar seguro y compártalo solo con las personas que lo necesiten.</translation>
    </message>
    <message>
        <source>Checking the passphrase and writing the report…</source>
        <translation>Comprobando la frase de contraseña y escribiendo el informe…</translation>
    </message>
    <message>
        <source>%1. %2 · %3 · %4: %5</source>
        <extracomment>A report preview line: %1 number, %2 when, %3 the child, %4 the kind of entry, %5 its text.</extracomment>
        <translation>%1. %2 · %3 · %4: %5</translation>
    </message>
    <message>
        <source>no child chosen</source>
        <translation>sin niño o niña elegido</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::RevisionItem</name>
    <message>
        <source>Saved</source>
        <extracomment>A saved version in an entry&apos;s history.</extracomment>
        <translation>Guardada</translation>
    </message>
</context>
<context>
    <name>harbor::journalui::TimelineModel</name>
    <message>
        <source>No observations yet.</source>
        <translation>Todavía no hay observaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgente</numerusform>
            <numerusform>%n urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3.</source>
        <extracomment>The timeline in words, e.g. &quot;12 observations in 5 weeks, 2 urgent.&quot;</extracomment>
        <translation>%1 en %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbor::report::BackupError</name>
    <message>
        <source>This file is empty, so it holds no backup. Your journal was not changed.</source>
        <translation>Este archivo está vacío, así que no contiene ninguna copia de seguridad. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>This file is not a Harbor backup. Your journal was not changed.</source>
        <translation>Este archivo no es una copia de seguridad de Harbor. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Harbor. Update Harbor, then restore it. Your journal was not changed.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente de Harbor. Actualice Harbor y luego restáurela. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right, or the file was changed. Your journal was not changed.</source>
        <translation>La frase de contraseña de la copia de seguridad no es correcta, o el archivo fue alterado. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>This backup is incomplete: the file ends too early. Copy it again from where you kept it. Your journal was not changed.</source>
        <translation>Esta copia de seguridad está incompleta: el archivo termina antes de tiempo. Vuelva a copiarla desde donde la guardó. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>This backup was changed or damaged after it was made, so it cannot be trusted. Your journal was not changed.</source>
        <translation>Esta copia de seguridad se alteró o se dañó después de crearse, así que no es confiable. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s passphrase. Nothing was done.</source>
        <translation>Esa no es la frase de contraseña del diario. No se hizo nada.</translation>
    </message>
    <message>
        <source>Unlock the journal first.</source>
        <translation>Primero desbloquee el diario.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a little, then try again. Nothing was done.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Espere un poco y vuelva a intentarlo. No se hizo nada.</translation>
    </message>
    <message>
        <source>The device is full, so nothing was written. Free some space and try again. Your journal was not changed.</source>
        <translation>El dispositivo está lleno, así que no se escribió nada. Libere espacio e inténtelo de nuevo. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation>No se pudo leer ni escribir el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Se detuvo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>harbor::report::CallPrep</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, about %2 years old</source>
        <translation>%1, de unos %2 años</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>On the call-prep card: %1 when (a date and time), %2 what was seen.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Called the hotline about what I wrote down on %1.</source>
        <translation>Llamé a la línea directa por lo que anoté el %1.</translation>
    </message>
</context>
<context>
    <name>harbor::report::ReportBuilder</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries from %1 to %2.</source>
        <translation>
            <numerusform>%n entrada del diario del %1 al %2.</numerusform>
            <numerusform>%n entradas del diario del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>About: %1.</source>
        <translation>Sobre: %1.</translation>
    </message>
    <message>
        <source>Urgent: %1. Concerns: %2. Notes: %3.</source>
        <translation>Urgentes: %1. Preocupaciones: %2. Notas: %3.</translation>
    </message>
    <message>
        <source>Each entry below shows every change made to it since it was first written. The hashes link the changes into one chain across the whole journal; Harbor&apos;s Verify recomputes it, so any change made outside Harbor shows.</source>
        <translation>Cada entrada a continuación muestra todos los cambios que se le hicieron desde que se escribió por primera vez. Los hashes enlazan los cambios en una sola cadena que abarca todo el diario; la función Verificar de Harbor la vuelve a calcular, así que cualquier cambio hecho fuera de Harbor queda a la vista.</translation>
    </message>
</context>
<context>
    <name>harbor::report::ReportPdfWriter</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <extracomment>An entry&apos;s heading: its number in the report and its kind (&quot;Entry 3 · Observation&quot;).</extracomment>
        <translation>Entrada %1 · %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>A column of an entry&apos;s history: the change&apos;s position in the journal&apos;s chain of hashes.</extracomment>
        <translation>Eslabón</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Hash (SHA-256)</source>
        <translation>Hash (SHA-256)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Draft: this entry was saved before it was finished.</source>
        <translation>Borrador: esta entrada se guardó antes de completarse.</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <extracomment>The exhibits attached to an entry: &quot;Exhibits: E1, E2&quot;.</extracomment>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>This report has no entries.</source>
        <translation>Este informe no tiene entradas.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>File name and type</source>
        <translation>Nombre y tipo de archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>This file cannot be shown in the report (for example, a PDF or a video). It is kept in the journal.</source>
        <translation>Este archivo no se puede mostrar en el informe (por ejemplo, un PDF o un video). Se conserva en el diario.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An exhibit&apos;s caption: its id and file name (&quot;E1 · screenshot.png&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3</source>
        <extracomment>An exhibit&apos;s details: the entry it belongs to, its type and size.</extracomment>
        <translation>Entrada %1 · %2 · %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>This report has no exhibits.</source>
        <translation>Este informe no tiene anexos.</translation>
    </message>
    <message>
        <source>The files are kept in the journal. A file&apos;s SHA-256 shows whether a copy is exactly the file that was recorded: any change to the file gives a different value.</source>
        <translation>Los archivos se conservan en el diario. El SHA-256 de un archivo muestra si una copia es exactamente el archivo que se registró: cualquier cambio en el archivo da un valor distinto.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time of day: &quot;Monday, March 4, 2024, 9:15 PM&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>The timeline chart&apos;s legend: the severities of entries (notes, concerns, urgent).</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentes</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <extracomment>A child&apos;s nickname and birth year: &quot;Alex, born 2011&quot;.</extracomment>
        <translation>%1, nació en %2</translation>
    </message>
    <message>
        <source>Journal report</source>
        <translation>Informe del diario</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period a report covers: &quot;January 1, 2024 – March 31, 2024&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños y niñas</translation>
    </message>
    <message>
        <source>No child is named in this report.</source>
        <translation>Este informe no nombra a ningún niño o niña.</translation>
    </message>
    <message>
        <source>Categories included</source>
        <translation>Categorías incluidas</translation>
    </message>
    <message>
        <source>All categories.</source>
        <translation>Todas las categorías.</translation>
    </message>
    <message>
        <source>Journal chain</source>
        <translation>Cadena del diario</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Hash final de la cadena (SHA-256)</translation>
    </message>
    <message>
        <source>(none: the journal is empty)</source>
        <translation>(ninguno: el diario está vacío)</translation>
    </message>
    <message>
        <source>Links</source>
        <extracomment>How many links (changes) the journal&apos;s chain has.</extracomment>
        <translation>Eslabones</translation>
    </message>
    <message>
        <source>Newest link (UTC)</source>
        <extracomment>When the newest link of the chain was written, in UTC (&quot;2024-03-04T21:15:07Z&quot;).</extracomment>
        <translation>Último eslabón (UTC)</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it somewhere safe and share it only with the people handling the case. The hashes let the journal be checked: every change to an entry is a link in one chain, and the head above seals the whole journal as it was when this report was made. Harbor&apos;s Verify finds a change made outside Harbor to entries, their history or files, and names the first entry changed; it cannot show that someone who knows the passphrase rewrote the journal, or that an old copy of all its files was put back. While the journal is unchanged up to this report, its link number %1 keeps the hash above.</source>
        <extracomment>%1 is the number of the chain&apos;s newest link (&quot;Links&quot;).</extracomment>
        <translation>Este PDF no está cifrado: guárdelo en un lugar seguro y compártalo solo con las personas que llevan el caso. Los hashes permiten verificar el diario: cada cambio en una entrada es un eslabón de una sola cadena, y el final de la cadena de arriba sella todo el diario tal como estaba cuando se creó este informe. La función Verificar de Harbor encuentra un cambio hecho fuera de Harbor en las entradas, su historial o sus archivos, y nombra la primera entrada cambiada; no puede mostrar que alguien que conoce la frase de contraseña haya reescrito el diario, ni que se haya vuelto a poner una copia antigua de todos sus archivos. Mientras el diario no cambie hasta este informe, su eslabón número %1 conserva el hash de arriba.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>Entradas por semana</translation>
    </message>
    <message>
        <source>There are no entries in this period, so there is no timeline to show.</source>
        <translation>No hay entradas en este período, así que no hay línea de tiempo que mostrar.</translation>
    </message>
    <message>
        <source>Each bar is one week, labelled with the Monday it starts. In total: %1 notes, %2 concerns and %3 urgent entries.</source>
        <translation>Cada barra es una semana, rotulada con el lunes en que empieza. En total: %1 notas, %2 preocupaciones y %3 entradas urgentes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The footer on every page: &quot;Page 3 of 12&quot;.</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Harbor journal report — generated %1</source>
        <extracomment>The running header on every page; %1 is the date the report was made.</extracomment>
        <translation>Informe del diario de Harbor — generado el %1</translation>
    </message>
</context>
<context>
    <name>harbor::settingsui::UpdatesController</name>
    <message>
        <source>Enter an address that starts with https:// and names a server, such as https://example.org/harbor/.</source>
        <translation>Escriba una dirección que empiece por https:// y nombre un servidor, como https://example.org/harbor/.</translation>
    </message>
    <message>
        <source>Checking for new guides and numbers…</source>
        <translation>Buscando guías y números nuevos…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se ha comprobado.</translation>
    </message>
    <message>
        <source>Updated %1. The new guides and numbers are in use.</source>
        <translation>Actualizado el %1. Ya se usan las guías y los números nuevos.</translation>
    </message>
    <message>
        <source>Last checked %1. You have the newest guides and numbers.</source>
        <translation>Última comprobación: %1. Tiene las guías y los números más recientes.</translation>
    </message>
    <message>
        <source>Content version %1, published %2, from a signed update.</source>
        <translation>Contenido versión %1, publicado el %2, de una actualización firmada.</translation>
    </message>
    <message>
        <source>Content version %1, published %2, built into this app.</source>
        <translation>Contenido versión %1, publicado el %2, incluido en esta app.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>Content checked %1.</source>
        <translation>Contenido comprobado %1.</translation>
    </message>
    <message>
        <source>Guides published %1.</source>
        <translation>Guías publicadas %1.</translation>
    </message>
    <message>
        <source>This content is past its expiry date; Harbor could not get a newer one.</source>
        <translation>Este contenido ha pasado su fecha de caducidad; Harbor no pudo conseguir uno más reciente.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbor::ui::Preferences</name>
    <message>
        <source>Harbor has no appearance called &quot;%1&quot;.</source>
        <translation>Harbor no tiene ninguna apariencia llamada «%1».</translation>
    </message>
    <message>
        <source>Harbor is not translated into &quot;%1&quot;.</source>
        <translation>Harbor no está traducido al idioma «%1».</translation>
    </message>
    <message>
        <source>The translation could not be loaded: Harbor is shown in English.</source>
        <translation>No se pudo cargar la traducción: Harbor se muestra en inglés.</translation>
    </message>
    <message>
        <source>Harbor has no text size of %1%.</source>
        <extracomment>%1 is a number such as 130: a text size in percent Harbor does not offer.</extracomment>
        <translation>Harbor no ofrece un tamaño de texto de %1 %.</translation>
    </message>
</context>
<context>
    <name>harbor::updates::PackChanges</name>
    <message>
        <source>Tips by age</source>
        <translation>Consejos por edad</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Recursos: %1</translation>
    </message>
</context>
<context>
    <name>harbor::updates::UpdateError</name>
    <message>
        <source>The guides and numbers you have stay as they are.</source>
        <translation>Las guías y los números que tiene siguen igual.</translation>
    </message>
    <message>
        <source>The update address must start with https://, so nothing was downloaded.</source>
        <translation>La dirección de actualización debe empezar por https://, así que no se descargó nada.</translation>
    </message>
    <message>
        <source>Harbor could not reach the update server. It will try again later.</source>
        <translation>Harbor no pudo conectar con el servidor de actualizaciones. Lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The update server could not prove who it is, so Harbor did not trust it.</source>
        <translation>El servidor de actualizaciones no pudo demostrar quién es, así que Harbor no confió en él.</translation>
    </message>
    <message>
        <source>The update server was too slow, so Harbor stopped. It will try again later.</source>
        <translation>El servidor de actualizaciones era demasiado lento, así que Harbor se detuvo. Lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The update server sent more than an update can be, so Harbor stopped.</source>
        <translation>El servidor de actualizaciones envió más datos de los que puede tener una actualización, así que Harbor se detuvo.</translation>
    </message>
    <message>
        <source>The download stopped before it was complete. It will be tried again later.</source>
        <translation>La descarga se detuvo antes de completarse. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The update server answered with error %1.</source>
        <translation>El servidor de actualizaciones respondió con el error %1.</translation>
    </message>
    <message>
        <source>The update is not signed by Harbor&apos;s publisher, so it was refused.</source>
        <translation>La actualización no está firmada por el editor de Harbor, así que se rechazó.</translation>
    </message>
    <message>
        <source>The update is damaged or in a form this version cannot read, so it was refused.</source>
        <translation>La actualización está dañada o tiene un formato que esta versión no puede leer, así que se rechazó.</translation>
    </message>
    <message>
        <source>The update is older than the content you have, so it was refused.</source>
        <translation>La actualización es más antigua que el contenido que tiene, así que se rechazó.</translation>
    </message>
    <message>
        <source>The update has expired, so it was refused. Check the device&apos;s date and time.</source>
        <translation>La actualización caducó, así que se rechazó. Revise la fecha y la hora del dispositivo.</translation>
    </message>
    <message>
        <source>The new content needs a newer version of Harbor. Update the app to get it.</source>
        <translation>El contenido nuevo necesita una versión más reciente de Harbor. Actualice la app para obtenerlo.</translation>
    </message>
    <message>
        <source>A downloaded file does not match the signed list, so the update was refused.</source>
        <translation>Un archivo descargado no coincide con la lista firmada, así que se rechazó la actualización.</translation>
    </message>
    <message>
        <source>The device could not store the update. Free some space and try again.</source>
        <translation>El dispositivo no pudo guardar la actualización. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The update check was stopped.</source>
        <translation>Se detuvo la comprobación de actualizaciones.</translation>
    </message>
    <message>
        <source>The update server tried to send Harbor to another address. Harbor only talks to the address in Settings, so nothing was downloaded.</source>
        <translation>El servidor de actualizaciones intentó llevar a Harbor a otra dirección. Harbor solo se conecta a la dirección que figura en Ajustes, así que no se descargó nada.</translation>
    </message>
</context>
<context>
    <name>harbor::vault::PassphrasePolicy</name>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Las dos frases de contraseña de la copia de seguridad no coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a stronger backup passphrase: a few unrelated words work well.</source>
        <translation>Elija una frase de contraseña más fuerte para la copia de seguridad: unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>harbor::vault::PassphraseStrength</name>
    <message>
        <source>could be guessed in under a minute</source>
        <translation>se podría adivinar en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>would take about %n minute(s) to guess</source>
        <translation>
            <numerusform>se tardaría unos %n minuto en adivinarla</numerusform>
            <numerusform>se tardaría unos %n minutos en adivinarla</numerusform>
        </translation>
    </message>
    <message>
        <source>would take more than a thousand years to guess</source>
        <translation>se tardaría más de mil años en adivinarla</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Not strong enough</source>
        <translation>No es suficientemente fuerte</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message numerus="yes">
        <source>would take about %n hour(s) to guess</source>
        <translation>
            <numerusform>se tardaría unas %n hora en adivinarla</numerusform>
            <numerusform>se tardaría unas %n horas en adivinarla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would take about %n day(s) to guess</source>
        <translation>
            <numerusform>se tardaría unos %n día en adivinarla</numerusform>
            <numerusform>se tardaría unos %n días en adivinarla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would take about %n year(s) to guess</source>
        <translation>
            <numerusform>se tardaría unos %n año en adivinarla</numerusform>
            <numerusform>se tardaría unos %n años en adivinarla</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña: varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add more words that do not belong together; avoid names, dates and common phrases.</source>
        <translation>Es demasiado fácil de adivinar. Añada más palabras que no tengan relación entre sí; evite nombres, fechas y frases comunes.</translation>
    </message>
</context>
<context>
    <name>harbor::vault::Vault</name>
    <message>
        <source>Harbor is still working on the last request.</source>
        <translation>Harbor todavía está trabajando en la solicitud anterior.</translation>
    </message>
    <message>
        <source>The journal was erased, but Harbor could not remove these files: %1</source>
        <translation>El diario se borró, pero Harbor no pudo eliminar estos archivos: %1</translation>
    </message>
</context>
<context>
    <name>harbor::vaultui::BackupController</name>
    <message>
        <source>REPLACE</source>
        <translation>REEMPLAZAR</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Elija un archivo en este dispositivo.</translation>
    </message>
    <message>
        <source>The backup was saved as %1. Keep it, and its passphrase, somewhere other than this device.</source>
        <translation>La copia de seguridad se guardó como %1. Guárdela, junto con su frase de contraseña, en un lugar que no sea este dispositivo.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Creando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Choose a backup file on this device.</source>
        <translation>Elija un archivo de copia de seguridad en este dispositivo.</translation>
    </message>
    <message>
        <source>Type %1 to confirm that the journal on this device will be replaced.</source>
        <translation>Escriba %1 para confirmar que se reemplazará el diario de este dispositivo.</translation>
    </message>
    <message>
        <source>The journal was restored. Unlock it with your passphrase. Write down the new recovery key below: the old one no longer works.</source>
        <translation>El diario se restauró. Desbloquéelo con su frase de contraseña. Anote abajo la nueva clave de recuperación: la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Journal chain: empty, no entries yet.</source>
        <translation>Cadena del diario: vacía, todavía sin entradas.</translation>
    </message>
    <message>
        <source>Journal chain head (SHA-256): %1
Links: %2 · Entries: %3 · Newest link (UTC): %4</source>
        <extracomment>The journal chain&apos;s head, to compare later: %1 a SHA-256 in hex, %2 links, %3 entries, %4 a UTC time such as 2024-03-04T21:15:07Z.</extracomment>
        <translation>Final de la cadena del diario (SHA-256): %1
Eslabones: %2 · Entradas: %3 · Último eslabón (UTC): %4</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>This backup was made on %1.</source>
        <translation>Esta copia de seguridad se hizo el %1.</translation>
    </message>
    <message>
        <source>Restoring checks that the restored journal ends with this same chain head.</source>
        <translation>Al restaurar se comprueba que el diario restaurado termine con este mismo final de cadena.</translation>
    </message>
    <message>
        <source>This backup was made before Harbor recorded the journal&apos;s chain head in backups: it still restores, but there is no head to compare.</source>
        <translation>Esta copia de seguridad se hizo antes de que Harbor guardara el final de la cadena del diario en las copias: se puede restaurar igual, pero no hay un final de cadena con el que comparar.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Leyendo la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>harbor::vaultui::VaultController</name>
    <message>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>That is not a complete recovery key. It has seven groups of four characters.</source>
        <translation>Esa no es una clave de recuperación completa. Tiene siete grupos de cuatro caracteres.</translation>
    </message>
    <message>
        <source>Type %1 to confirm that everything should be erased.</source>
        <translation>Escriba %1 para confirmar que se debe borrar todo.</translation>
    </message>
    <message>
        <source>Those groups do not match the recovery key. Look at it again.</source>
        <translation>Esos grupos no coinciden con la clave de recuperación. Mírela de nuevo.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Se cambió su frase de contraseña.</translation>
    </message>
    <message>
        <source>Everything Harbor kept on this device was erased.</source>
        <translation>Se borró todo lo que Harbor guardaba en este dispositivo.</translation>
    </message>
    <message>
        <source>Your new recovery key is active.</source>
        <translation>Su nueva clave de recuperación está activa.</translation>
    </message>
</context>
</TS>
