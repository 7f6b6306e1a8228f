<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BottomNavigation</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <source>QR code: scan it with a phone's camera to dial %1</source>
        <translation>Código QR: escanéelo con la cámara de un teléfono para marcar el %1</translation>
    </message>
    <message>
        <source>Scan with a phone's camera to dial. The call will appear in that phone's call log.</source>
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
    <name>ComingSoonCard</name>
    <message>
        <source>Not available yet: this part of Harbor is being built.</source>
        <translation>Todavía no está disponible: esta parte de Harbor está en construcción.</translation>
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
        <source>What this page will hold</source>
        <translation>Lo que tendrá esta página</translation>
    </message>
    <message>
        <source>Privacy and safety settings for each app and game your child uses, one numbered step at a time.</source>
        <translation>La configuración de privacidad y seguridad de cada aplicación y juego que usa su hijo o hija, en pasos numerados.</translation>
    </message>
    <message>
        <source>Monitoring tips for each age: what to talk about, what to check, what to leave private.</source>
        <translation>Consejos de supervisión para cada edad: de qué hablar, qué revisar y qué dejar en privado.</translation>
    </message>
    <message>
        <source>Warning signs of grooming, trafficking and sextortion, as checklists.</source>
        <translation>Señales de alerta de grooming (captación de menores), trata y sextorsión, como listas de verificación.</translation>
    </message>
    <message>
        <source>What to do now: when you find something, when a child tells you something, when a child is missing.</source>
        <translation>Qué hacer ahora: cuando encuentra algo, cuando un niño o una niña le cuenta algo, cuando un menor desaparece.</translation>
    </message>
    <message>
        <source>Recovery guidance for foster caretakers, and care for yourself.</source>
        <translation>Orientación para la recuperación para familias de acogida, y cuidado para usted.</translation>
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
    <message>
        <source>What this page will hold</source>
        <translation>Lo que tendrá esta página</translation>
    </message>
    <message>
        <source>Notes of what you saw: when, which app, which account, what happened and what you did.</source>
        <translation>Notas de lo que vio: cuándo, en qué aplicación, qué cuenta, qué pasó y qué hizo usted.</translation>
    </message>
    <message>
        <source>A history that shows every change, so the record can be relied on later.</source>
        <translation>Un historial que muestra cada cambio, para que el registro sea confiable más adelante.</translation>
    </message>
    <message>
        <source>A lock with your passphrase, and a recovery key so a forgotten passphrase does not lose what you wrote.</source>
        <translation>Un bloqueo con su frase de contraseña y una clave de recuperación, para que olvidar la frase no le haga perder lo que escribió.</translation>
    </message>
    <message>
        <source>Reports to share with the people who can help.</source>
        <translation>Informes para compartir con las personas que pueden ayudar.</translation>
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
    <name>Region</name>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Colorado Child Abuse and Neglect Hotline</source>
        <translation>Línea Directa de Abuso y Negligencia Infantil de Colorado</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Who to call and what each line is for, so you reach the right people first.</source>
        <translation>A quién llamar y para qué sirve cada línea, para que llegue primero a las personas indicadas.</translation>
    </message>
    <message>
        <source>What this page will hold</source>
        <translation>Lo que tendrá esta página</translation>
    </message>
    <message>
        <source>Hotlines, tip lines and agencies for your region and for the whole United States.</source>
        <translation>Líneas directas, líneas de denuncia y agencias de su región y de todo Estados Unidos.</translation>
    </message>
    <message>
        <source>For each: what it is for, how to reach it (call, text or web) and when it is open.</source>
        <translation>Para cada una: para qué sirve, cómo comunicarse (llamada, mensaje de texto o web) y en qué horario atiende.</translation>
    </message>
    <message>
        <source>Trainings for community members and for law enforcement.</source>
        <translation>Capacitaciones para la comunidad y para las fuerzas del orden.</translation>
    </message>
    <message>
        <source>Updates that keep numbers current, signed so that nobody else can change them.</source>
        <translation>Actualizaciones que mantienen los números al día, firmadas para que nadie más pueda cambiarlas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>How Harbor looks and speaks. Nothing you choose here leaves this device.</source>
        <translation>Cómo se ve Harbor y en qué idioma habla. Nada de lo que elija aquí sale de este dispositivo.</translation>
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
        <source>Coming to Settings</source>
        <translation>Próximamente en Ajustes</translation>
    </message>
    <message>
        <source>Your passphrase, the recovery key and when the journal locks itself.</source>
        <translation>Su frase de contraseña, la clave de recuperación y cuándo se bloquea el diario.</translation>
    </message>
    <message>
        <source>Content updates: when Harbor checks for new guides and numbers.</source>
        <translation>Actualizaciones de contenido: cuándo busca Harbor guías y números nuevos.</translation>
    </message>
    <message>
        <source>Erase everything Harbor keeps on this device.</source>
        <translation>Borrar todo lo que Harbor guarda en este dispositivo.</translation>
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
</context>
<context>
    <name>harbor::emergency::CallController</name>
    <message>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
</context>
</TS>
