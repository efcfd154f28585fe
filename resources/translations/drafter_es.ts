<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Draft, review and release public statements.</source>
        <translation>Redactar, revisar y publicar declaraciones públicas.</translation>
    </message>
    <message>
        <source>{name} is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with NO WARRANTY. The licence: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>{name} es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior ({licence}). Se ofrece SIN NINGUNA GARANTÍA. La licencia: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>Copyright © The Drafter team</source>
        <translation>Copyright © El equipo de Drafter</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Bibliotecas incluidas y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Statement</source>
        <translation>&amp;Nueva declaración</translation>
    </message>
    <message>
        <source>Start a new blank statement</source>
        <translation>Empezar una declaración nueva en blanco</translation>
    </message>
    <message>
        <source>Start a statement from a template and fill in its form</source>
        <translation>Empezar una declaración a partir de una plantilla y llenar su formulario</translation>
    </message>
    <message>
        <source>Make a template of this statement for yourself or the team</source>
        <translation>Crear una plantilla a partir de esta declaración, para usted o para el equipo</translation>
    </message>
    <message>
        <source>Add a template from a .md file</source>
        <translation>Agregar una plantilla desde un archivo .md</translation>
    </message>
    <message>
        <source>&amp;Organisation Profile…</source>
        <translation>&amp;Perfil de la organización…</translation>
    </message>
    <message>
        <source>The names and contacts that fill templates</source>
        <translation>Los nombres y contactos con los que se llenan las plantillas</translation>
    </message>
    <message>
        <source>Manage &amp;Snippets…</source>
        <translation>Administrar &amp;fragmentos…</translation>
    </message>
    <message>
        <source>Reusable blocks of text and their triggers</source>
        <translation>Bloques de texto reutilizables y sus abreviaturas</translation>
    </message>
    <message>
        <source>Go to the next placeholder left to fill</source>
        <translation>Ir al siguiente marcador de posición por llenar</translation>
    </message>
    <message>
        <source>Go to the previous placeholder left to fill</source>
        <translation>Ir al marcador de posición anterior por llenar</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <source>Show or hide the statement&apos;s template fields</source>
        <translation>Mostrar u ocultar los campos de plantilla de la declaración</translation>
    </message>
    <message>
        <source>Check &amp;Spelling…</source>
        <translation>Revisar &amp;ortografía…</translation>
    </message>
    <message>
        <source>Walk through the unknown words</source>
        <translation>Recorrer las palabras desconocidas</translation>
    </message>
    <message>
        <source>Comment on the selected words</source>
        <translation>Comentar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>C&amp;omentarios</translation>
    </message>
    <message>
        <source>Show or hide the comments</source>
        <translation>Mostrar u ocultar los comentarios</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>PDF, Word, HTML, text or Markdown: final when approved, else marked as a draft</source>
        <translation>PDF, Word, HTML, texto o Markdown: versión final si está aprobada; si no, marcada como borrador</translation>
    </message>
    <message>
        <source>Export All &amp;Approved…</source>
        <translation>Exportar todas las &amp;aprobadas…</translation>
    </message>
    <message>
        <source>Export and release every approved statement</source>
        <translation>Exportar y publicar todas las declaraciones aprobadas</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>Per&amp;sonas…</translation>
    </message>
    <message>
        <source>Who works in this workspace, and their roles</source>
        <translation>Quién trabaja en este espacio de trabajo, y sus funciones</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Your settings on this computer: which workspace opens (this computer&apos;s file or a team server) and the language</source>
        <translation>Su configuración en este equipo: qué espacio de trabajo se abre (el archivo de este equipo o un servidor del equipo) y el idioma</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every event of the statement, and any two revisions compared</source>
        <translation>Cada evento de la declaración, y la comparación de dos versiones cualesquiera</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Enviar a revisión…</translation>
    </message>
    <message>
        <source>Take a revision of the text and ask for review</source>
        <translation>Tomar una versión del texto y solicitar su revisión</translation>
    </message>
    <message>
        <source>&amp;Withdraw from Review</source>
        <translation>&amp;Retirar de revisión</translation>
    </message>
    <message>
        <source>Take the statement back from review to edit it</source>
        <translation>Retirar la declaración de revisión para editarla</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the revision in review exactly as it reads</source>
        <translation>Aprobar la versión en revisión tal como está</translation>
    </message>
    <message>
        <source>Request &amp;Changes…</source>
        <translation>Solicitar &amp;cambios…</translation>
    </message>
    <message>
        <source>Send the statement back, saying what should change</source>
        <translation>Devolver la declaración, indicando qué debe cambiar</translation>
    </message>
    <message>
        <source>Next Pro&amp;blem</source>
        <translation>Siguiente prob&amp;lema</translation>
    </message>
    <message>
        <source>Go to the next thing the drafting checks found</source>
        <translation>Ir a lo siguiente que encontraron las comprobaciones de redacción</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblemas</translation>
    </message>
    <message>
        <source>Show or hide what the drafting checks found</source>
        <translation>Mostrar u ocultar lo que encontraron las comprobaciones de redacción</translation>
    </message>
    <message>
        <source>Drafting &amp;Checks…</source>
        <translation>&amp;Comprobaciones de redacción…</translation>
    </message>
    <message>
        <source>Which checks run for this organisation, and how severe each is</source>
        <translation>Qué comprobaciones se aplican en esta organización, y la gravedad de cada una</translation>
    </message>
    <message>
        <source>Also spell-check words in capitals (acronyms are skipped otherwise); for everyone in this workspace</source>
        <translation>Revisar también la ortografía de las palabras en mayúsculas (si no, se omiten las siglas); para todos en este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>Make a statement from a .md or .txt file</source>
        <translation>Crear una declaración a partir de un archivo .md o .txt</translation>
    </message>
    <message>
        <source>Save a Copy as &amp;Markdown…</source>
        <translation>Guardar una copia como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Write the working copy to a .md file</source>
        <translation>Escribir la copia de trabajo en un archivo .md</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the working copy now (it is also saved automatically)</source>
        <translation>Guardar ahora la copia de trabajo (también se guarda automáticamente)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>Change the statement&apos;s title</source>
        <translation>Cambiar el título de la declaración</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mo&amp;ver a la papelera</translation>
    </message>
    <message>
        <source>Move the statement to the trash</source>
        <translation>Mover la declaración a la papelera</translation>
    </message>
    <message>
        <source>New from Tem&amp;plate…</source>
        <translation>Nueva desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save as Temp&amp;late…</source>
        <translation>Guardar como plan&amp;tilla…</translation>
    </message>
    <message>
        <source>Import Template &amp;File…</source>
        <translation>Importar archivo de p&amp;lantilla…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Placeholder</source>
        <translation>Siguie&amp;nte marcador</translation>
    </message>
    <message>
        <source>Previ&amp;ous Placeholder</source>
        <translation>&amp;Marcador anterior</translation>
    </message>
    <message>
        <source>Co&amp;mment on Selection…</source>
        <translation>Co&amp;mentar la selección…</translation>
    </message>
    <message>
        <source>Check Wor&amp;ds in Capitals</source>
        <translation>Revisar palabras en ma&amp;yúsculas</translation>
    </message>
    <message>
        <source>Restore from Tras&amp;h</source>
        <translation>Restaurar &amp;desde la papelera</translation>
    </message>
    <message>
        <source>Bring the statement back</source>
        <translation>Recuperar la declaración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Save and close Drafter</source>
        <translation>Guardar y cerrar Drafter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo que se deshizo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selection</source>
        <translation>Cortar la selección</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Copiar la selección</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecc&amp;ionar todo</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>Seleccionar todo el texto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find text in the statement</source>
        <translation>Buscar texto en la declaración</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <source>Find and replace text</source>
        <translation>Buscar y reemplazar texto</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir a la siguiente coincidencia</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir a la coincidencia anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Al&amp;ejar</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>Restablecer el tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Mostrar u ocultar la vista previa</translation>
    </message>
    <message>
        <source>Statement &amp;List</source>
        <translation>&amp;Lista de declaraciones</translation>
    </message>
    <message>
        <source>Show or hide the statement list</source>
        <translation>Mostrar u ocultar la lista de declaraciones</translation>
    </message>
    <message>
        <source>&amp;About Drafter</source>
        <translation>&amp;Acerca de Drafter</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Your text is still in the editor; Drafter saves it by itself as soon as it can.</source>
        <translation>Su texto sigue en el editor; Drafter lo guardará automáticamente en cuanto pueda.</translation>
    </message>
    <message>
        <source>Drafter could not save: {error}.</source>
        <translation>Drafter no pudo guardar: {error}.</translation>
    </message>
</context>
<context>
    <name>CheckOps</name>
    <message>
        <source>Not checked: {why}</source>
        <translation>Sin revisar: {why}</translation>
    </message>
    <message>
        <source>the checks failed (see the log)</source>
        <translation>las comprobaciones fallaron (vea el registro)</translation>
    </message>
    <message>
        <source>The text has changed since: checking again…</source>
        <translation>El texto cambió desde entonces: revisando de nuevo…</translation>
    </message>
    <message>
        <source>The text is read-only now: nothing was changed.</source>
        <translation>Ahora el texto es de solo lectura: no se cambió nada.</translation>
    </message>
    <message>
        <source>The statement is in the trash: restore it first.</source>
        <translation>La declaración está en la papelera: primero restáurela.</translation>
    </message>
    <message>
        <source>Confirm Personal Data</source>
        <translation>Confirmar datos personales</translation>
    </message>
    <message>
        <source>Why does this statement name “{words}”? The reason is kept with the statement and shown to reviewers.</source>
        <translation>¿Por qué esta declaración menciona “{words}”? El motivo se guarda con la declaración y se muestra a los revisores.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>No se confirmó</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <source>Drafting Checks</source>
        <translation>Comprobaciones de redacción</translation>
    </message>
    <message>
        <source>Severity of {check}</source>
        <translation>Gravedad de {check}</translation>
    </message>
    <message>
        <source>{severity} (its own)</source>
        <translation>{severity} (la predeterminada)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Highest reading grade:</source>
        <translation>Nivel de lectura máximo:</translation>
    </message>
    <message>
        <source>Longest sentence (words):</source>
        <translation>Oración más larga (palabras):</translation>
    </message>
    <message>
        <source>Dates further from the statement&apos;s (days):</source>
        <translation>Fechas más alejadas de la de la declaración (días):</translation>
    </message>
    <message>
        <source>Most words (when the template sets none):</source>
        <translation>Máximo de palabras (si la plantilla no fija uno):</translation>
    </message>
    <message>
        <source>Most characters (when the template sets none):</source>
        <translation>Máximo de caracteres (si la plantilla no fija uno):</translation>
    </message>
    <message>
        <source>These settings apply to everyone in this workspace. An error stops a statement going to review; warnings and advice do not.</source>
        <translation>Esta configuración se aplica a todos en este espacio de trabajo. Un error impide enviar una declaración a revisión; las advertencias y los consejos, no.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>On: “{words}”</source>
        <translation>Sobre: “{words}”</translation>
    </message>
    <message>
        <source>What should the drafter know or change?</source>
        <translation>¿Qué debe saber o cambiar quien redacta?</translation>
    </message>
    <message>
        <source>Suggest a replacement for these words:</source>
        <translation>Sugerir un reemplazo para estas palabras:</translation>
    </message>
    <message>
        <source>Suggested replacement</source>
        <translation>Reemplazo sugerido</translation>
    </message>
</context>
<context>
    <name>CommentOps</name>
    <message>
        <source>Nothing selected</source>
        <translation>No hay nada seleccionado</translation>
    </message>
    <message>
        <source>Select the words the comment is about first.</source>
        <translation>Primero seleccione las palabras que quiere comentar.</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>No se agregó el comentario</translation>
    </message>
    <message>
        <source>The text this comment was on has changed: “{quote}”.</source>
        <translation>El texto de este comentario cambió: “{quote}”.</translation>
    </message>
    <message>
        <source>The phrase has changed a little: this is the closest match.</source>
        <translation>La frase cambió un poco: esta es la coincidencia más cercana.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to {author}:</source>
        <translation>Responder a {author}:</translation>
    </message>
    <message>
        <source>Suggestion not applied</source>
        <translation>No se aplicó la sugerencia</translation>
    </message>
    <message>
        <source>The text this comment was on has changed: “{quote}” is no longer there. Make the change by hand.</source>
        <translation>El texto de este comentario cambió: “{quote}” ya no está. Haga el cambio a mano.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>the text this comment was on has changed</source>
        <translation>el texto de este comentario cambió</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comentar…</translation>
    </message>
    <message>
        <source>Comment on the selected words (Ctrl+Alt+M)</source>
        <translation>Comentar las palabras seleccionadas (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Aceptar sugerencia</translation>
    </message>
    <message>
        <source>Put the suggested words in place of the phrase (it can be undone)</source>
        <translation>Poner las palabras sugeridas en lugar de la frase (se puede deshacer)</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Mostrar resueltos</translation>
    </message>
    <message>
        <source>Suggests: “{words}”</source>
        <translation>Sugiere: “{words}”</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Modificada en otro lugar</translation>
    </message>
    <message>
        <source>“{title}” was changed by {author} while you were editing it. Nothing has been overwritten.

Keep Mine saves your text as the newest version; theirs stays in the statement&apos;s history. Take Theirs shows their version; your change stays in the history.</source>
        <translation>{author} modificó “{title}” mientras usted la editaba. No se sobrescribió nada.

Conservar la mía guarda su texto como la versión más reciente; la otra queda en el historial de la declaración. Tomar la otra muestra la versión de la otra persona; su cambio queda en el historial.</translation>
    </message>
    <message>
        <source>Their version compared with yours</source>
        <translation>La otra versión comparada con la suya</translation>
    </message>
    <message>
        <source>Compared with their version, yours adds 1 word and removes {removed}.</source>
        <translation>Comparada con la otra versión, la suya agrega 1 palabra y quita {removed}.</translation>
    </message>
    <message>
        <source>Compared with their version, yours adds {added} words and removes {removed}.</source>
        <translation>Comparada con la otra versión, la suya agrega {added} palabras y quita {removed}.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare their version with yours</source>
        <translation>Comparar la otra versión con la suya</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar la otra</translation>
    </message>
</context>
<context>
    <name>DrafterStatusBar</name>
    <message>
        <source>Placeholders left</source>
        <translation>Marcadores de posición pendientes</translation>
    </message>
    <message>
        <source>Protected text changed</source>
        <translation>Texto protegido modificado</translation>
    </message>
    <message>
        <source>Problems found by the checks</source>
        <translation>Problemas encontrados por las comprobaciones</translation>
    </message>
    <message>
        <source>Word and character count</source>
        <translation>Recuento de palabras y caracteres</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Posición del cursor</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min de lectura</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>{words} words · {characters} characters · {reading}</source>
        <translation>{words} palabras · {characters} caracteres · {reading}</translation>
    </message>
    <message>
        <source>1 placeholder left (F8)</source>
        <translation>Queda 1 marcador de posición (F8)</translation>
    </message>
    <message>
        <source>{count} placeholders left (F8)</source>
        <translation>Quedan {count} marcadores de posición (F8)</translation>
    </message>
    <message>
        <source>Protected text changed: {names}</source>
        <translation>Texto protegido modificado: {names}</translation>
    </message>
    <message>
        <source>These blocks are fixed by the organisation. Reviewers will see that they were changed.</source>
        <translation>Estos bloques los fija la organización. Los revisores verán que se modificaron.</translation>
    </message>
    <message>
        <source>Errors stop the statement going to review. Next Problem (F4) goes to each in turn.</source>
        <translation>Los errores impiden enviar la declaración a revisión. Siguiente problema (F4) los recorre uno por uno.</translation>
    </message>
    <message>
        <source>Ln {line}, Col {column}</source>
        <translation>Lín. {line}, col. {column}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Start a statement</source>
        <translation>Empezar una declaración</translation>
    </message>
    <message>
        <source>Most statements follow a shape: start from a template and fill in what is particular to this one.</source>
        <translation>La mayoría de las declaraciones siguen un modelo: empiece desde una plantilla y complete lo propio de esta.</translation>
    </message>
    <message>
        <source>Start from a &amp;Template…  (Ctrl+Shift+N)</source>
        <translation>Empezar desde una &amp;plantilla…  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar desde una plantilla</translation>
    </message>
    <message>
        <source>&amp;Blank Statement  (Ctrl+N)</source>
        <translation>Declaración en &amp;blanco  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a blank statement</source>
        <translation>Empezar una declaración en blanco</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF (letterhead)</source>
        <translation>PDF (con membrete)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>HTML (website)</source>
        <translation>HTML (sitio web)</translation>
    </message>
    <message>
        <source>Plain text (e-mail)</source>
        <translation>Texto sin formato (correo electrónico)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>{date}, {slug}, {id} and {title} are filled in, e.g. {date}-{slug}</source>
        <translation>Se reemplazan {date}, {slug}, {id} y {title}; por ejemplo, {date}-{slug}</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>Abrir la carpeta al terminar</translation>
    </message>
    <message>
        <source>{what} is approved: it is exported as final, with its approval line, and recorded as released.</source>
        <translation>{what}: aprobada. Se exporta como versión final, con su línea de aprobación, y se registra como publicada.</translation>
    </message>
    <message>
        <source>{what} is not approved: it is exported as a draft, marked “DRAFT — NOT APPROVED” on every page.</source>
        <translation>{what}: sin aprobar. Se exporta como borrador, con la marca “DRAFT — NOT APPROVED” (borrador, no aprobado) en cada página.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre de archivo:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>ExportOps</name>
    <message>
        <source>Nothing exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so the statement was not exported.</source>
        <translation>No se pudieron guardar los últimos cambios, así que la declaración no se exportó.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>No statement is approved and waiting.</source>
        <translation>No hay ninguna declaración aprobada pendiente.</translation>
    </message>
    <message>
        <source>1 approved statement</source>
        <translation>1 declaración aprobada</translation>
    </message>
    <message>
        <source>{count} approved statements</source>
        <translation>{count} declaraciones aprobadas</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Elija al menos un formato.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Statement {id}: {error}</source>
        <translation>Declaración {id}: {error}</translation>
    </message>
    <message>
        <source>Not everything was exported</source>
        <translation>No se exportó todo</translation>
    </message>
    <message>
        <source>Exported 1 file to {folder}.</source>
        <translation>Se exportó 1 archivo a {folder}.</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}.</source>
        <translation>Se exportaron {count} archivos a {folder}.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Template fields</source>
        <translation>Campos de la plantilla</translation>
    </message>
    <message>
        <source>Changing a value updates every place in the text that still has it.</source>
        <translation>Al cambiar un valor, se actualiza en todos los lugares del texto donde todavía aparece.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Palabra completa</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Se volvió al principio</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>Reemplazos: {count}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {title}</source>
        <translation>Historial — {title}</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Comparar desde</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Revision {number} ({by})</source>
        <translation>Versión {number} ({by})</translation>
    </message>
    <message>
        <source>The text now</source>
        <translation>El texto actual</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>1 word added</source>
        <translation>1 palabra agregada</translation>
    </message>
    <message>
        <source>{count} words added</source>
        <translation>{count} palabras agregadas</translation>
    </message>
    <message>
        <source>1 word removed</source>
        <translation>1 palabra quitada</translation>
    </message>
    <message>
        <source>{count} words removed</source>
        <translation>{count} palabras quitadas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>The workspace {where} is read-only here: you can read it and export drafts, but changes cannot be saved.</source>
        <translation>El espacio de trabajo {where} es de solo lectura aquí: puede leerlo y exportar borradores, pero no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>Cannot open the statement</source>
        <translation>No se puede abrir la declaración</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>No se abrió el enlace</translation>
    </message>
    <message>
        <source>Drafter opens only web and e-mail links, not “{link}”.</source>
        <translation>Drafter solo abre enlaces web y de correo electrónico, no “{link}”.</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{link}</source>
        <translation>¿Abrir este enlace en su navegador web?

{link}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>The last changes could not be saved (see the status bar). Close anyway?</source>
        <translation>No se pudieron guardar los últimos cambios (vea la barra de estado). ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Statement text</source>
        <translation>Texto de la declaración</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New Statement from Template</source>
        <translation>Nueva declaración desde plantilla</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Templates by category</source>
        <translation>Plantillas por categoría</translation>
    </message>
    <message>
        <source>Templates that could not be loaded</source>
        <translation>Plantillas que no se pudieron cargar</translation>
    </message>
    <message>
        <source>Statement title</source>
        <translation>Título de la declaración</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Create Statement</source>
        <translation>&amp;Crear declaración</translation>
    </message>
    <message>
        <source>&amp;Export Template File…</source>
        <translation>&amp;Exportar archivo de plantilla…</translation>
    </message>
    <message>
        <source>{count} template file(s) could not be loaded:</source>
        <translation>No se pudieron cargar {count} archivos de plantilla:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Please fill in: {names}</source>
        <translation>Complete lo siguiente: {names}</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Admin</source>
        <extracomment>The column of each role, after name and login.</extracomment>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Manages people, roles and the workspace&apos;s settings</source>
        <translation>Administra las personas, las funciones y la configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>Writes statements and submits them for review</source>
        <translation>Redacta declaraciones y las envía a revisión</translation>
    </message>
    <message>
        <source>Approves statements or asks for changes</source>
        <translation>Aprueba declaraciones o solicita cambios</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <extracomment>Whether anything was changed in the workspace (even if a later step was refused).</extracomment>
        <translation>Personas y sus funciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Tick a box to give someone a role, untick it to take the role away, and double-click a name to change it. Nothing changes until you press OK.</source>
        <translation>Marque una casilla para dar una función a alguien, desmárquela para quitársela y haga doble clic en un nombre para cambiarlo. No cambia nada hasta que presione Aceptar.</translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Agregar persona…</translation>
    </message>
    <message>
        <source>Login name, e.g. jsmith</source>
        <translation>Nombre de usuario, p. ej., jperez</translation>
    </message>
    <message>
        <source>Login name of the new person</source>
        <translation>Nombre de usuario de la persona nueva</translation>
    </message>
    <message>
        <source>Name shown, e.g. Jo Smith</source>
        <translation>Nombre visible, p. ej., Juana Pérez</translation>
    </message>
    <message>
        <source>Name shown for the new person</source>
        <translation>Nombre visible de la persona nueva</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Only an administrator can add people or change roles. Ask {whom} if something here should change.</source>
        <translation>Solo un administrador puede agregar personas o cambiar funciones. Pídaselo a {whom} si algo debe cambiar aquí.</translation>
    </message>
    <message>
        <source>New: added to the workspace when you press OK</source>
        <translation>Nueva: se agrega al espacio de trabajo al presionar Aceptar</translation>
    </message>
    <message>
        <source>{login} is in the list already: change their roles there.</source>
        <translation>{login} ya está en la lista: cambie sus funciones allí.</translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation>Algunos cambios no se hicieron</translation>
    </message>
    <message>
        <source>Everything else was saved. Your changes are still in the list: correct them and press OK again, or press Cancel.</source>
        <translation>Todo lo demás se guardó. Sus cambios siguen en la lista: corríjalos y presione Aceptar de nuevo, o presione Cancelar.</translation>
    </message>
    <message>
        <source>{login} is in the list twice: keep one of the two rows.</source>
        <translation>{login} está dos veces en la lista: conserve una de las dos filas.</translation>
    </message>
    <message>
        <source>whoever set up this workspace</source>
        <translation>quien configuró este espacio de trabajo</translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <translation>{names} o {last}</translation>
    </message>
</context>
<context>
    <name>PeopleOps</name>
    <message>
        <source>Cannot read who you are</source>
        <translation>No se puede leer quién es usted</translation>
    </message>
    <message>
        <source>Close Drafter and open it again.</source>
        <translation>Cierre Drafter y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The workspace &amp;file on this computer</source>
        <translation>El &amp;archivo del espacio de trabajo en este equipo</translation>
    </message>
    <message>
        <source>Use the workspace file on this computer</source>
        <translation>Usar el archivo del espacio de trabajo en este equipo</translation>
    </message>
    <message>
        <source>A &amp;team server (PostgreSQL):</source>
        <translation>Un &amp;servidor del equipo (PostgreSQL):</translation>
    </message>
    <message>
        <source>Use a team server</source>
        <translation>Usar un servidor del equipo</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Dirección del servidor del equipo</translation>
    </message>
    <message>
        <source>Each person logs in to the team server with their own name and password; Drafter asks for the password and keeps it only in the system&apos;s keyring. The change takes effect the next time Drafter starts.</source>
        <translation>Cada persona inicia sesión en el servidor del equipo con su propio nombre y contraseña; Drafter pide la contraseña y la guarda solo en el llavero del sistema. El cambio se aplica la próxima vez que se inicie Drafter.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language of Drafter&apos;s menus and windows. The menus change as soon as you press OK; the rest of the window follows the next time Drafter starts. Each statement keeps its own language (the box in the status bar).</source>
        <translation>El idioma de los menús y las ventanas de Drafter. Los menús cambian en cuanto presiona Aceptar; el resto de la ventana cambia la próxima vez que se inicie Drafter. Cada declaración conserva su propio idioma (el cuadro de la barra de estado).</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <source>A team server&apos;s address starts with postgresql://, for example postgresql://server.example/statements.</source>
        <translation>La dirección de un servidor del equipo empieza con postgresql://; por ejemplo, postgresql://server.example/statements.</translation>
    </message>
</context>
<context>
    <name>PreferencesOps</name>
    <message>
        <source>Preferences not saved</source>
        <translation>No se guardaron las preferencias</translation>
    </message>
    <message>
        <source>the workspace file on this computer</source>
        <translation>el archivo del espacio de trabajo en este equipo</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Drafter will open {where} the next time it starts.</source>
        <translation>Drafter abrirá {where} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The menus are now in the language chosen; the rest of the window follows the next time Drafter starts.</source>
        <translation>Los menús ya están en el idioma elegido; el resto de la ventana cambiará la próxima vez que se inicie Drafter.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <source>Problem counts</source>
        <translation>Recuento de problemas</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Legibilidad</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Apply the fix to the text (it can be undone)</source>
        <translation>Aplicar la corrección al texto (se puede deshacer)</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>Record why this personal data is meant to be published</source>
        <translation>Dejar constancia de por qué se deben publicar estos datos personales</translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation>Comprobaciones…</translation>
    </message>
    <message>
        <source>Which checks run and how severe each one is</source>
        <translation>Qué comprobaciones se aplican y la gravedad de cada una</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Ln {line}, Col {column}</source>
        <translation>Lín. {line}, col. {column}</translation>
    </message>
    <message>
        <source>{severity}, line {line}</source>
        <translation>{severity}, línea {line}</translation>
    </message>
    <message>
        <source>Replace with “{words}”</source>
        <translation>Reemplazar por “{words}”</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Replace “{found}” with “{replacement}” (it can be undone)</source>
        <translation>Reemplazar “{found}” por “{replacement}” (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Organisation Profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <source>Letterhead logo file</source>
        <translation>Archivo del logotipo del membrete</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logotipo del membrete</translation>
    </message>
    <message>
        <source>Choose the Letterhead Logo</source>
        <translation>Elegir el logotipo del membrete</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Markdown or text (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown o texto (*.md *.markdown *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Password for the team server
{where}:</source>
        <translation>Contraseña del servidor del equipo
{where}:</translation>
    </message>
    <message>
        <source>Team Server Login</source>
        <translation>Inicio de sesión en el servidor del equipo</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No Recent Statements</source>
        <translation>No hay declaraciones recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Borrar la lista</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review state</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Take the statement back from review to edit it</source>
        <translation>Retirar la declaración de revisión para editarla</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Request Changes…</source>
        <translation>Solicitar cambios…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Editing sets the approval aside and returns the statement to draft</source>
        <translation>Al editarla, se anula la aprobación y la declaración vuelve a ser un borrador</translation>
    </message>
    <message>
        <source>What Changed…</source>
        <translation>Qué cambió…</translation>
    </message>
    <message>
        <source>This revision compared, word by word, with the one you last looked at</source>
        <translation>Esta versión comparada, palabra por palabra, con la última que usted revisó</translation>
    </message>
</context>
<context>
    <name>ReviewOps</name>
    <message>
        <source>In review: revision {revision}, waiting for {whom}. The text is read-only while it is in review.</source>
        <translation>En revisión: versión {revision}, a la espera de {whom}. El texto es de solo lectura mientras está en revisión.</translation>
    </message>
    <message>
        <source>Approved by {reviewer} on {when} (revision {revision}). Editing sets the approval aside.</source>
        <translation>Aprobada por {reviewer} el {when} (versión {revision}). Si se edita, se anula la aprobación.</translation>
    </message>
    <message>
        <source>Approved (revision {revision}). Editing sets the approval aside.</source>
        <translation>Aprobada (versión {revision}). Si se edita, se anula la aprobación.</translation>
    </message>
    <message>
        <source>Changes requested by {reviewer}: “{note}”</source>
        <translation>{reviewer} solicitó cambios: “{note}”</translation>
    </message>
    <message>
        <source>Changes requested.</source>
        <translation>Se solicitaron cambios.</translation>
    </message>
    <message>
        <source>Released (revision {revision}). The text no longer changes.</source>
        <translation>Publicada (versión {revision}). El texto ya no cambia.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No se envió</translation>
    </message>
    <message>
        <source>Revision {number} is in review.</source>
        <translation>La versión {number} está en revisión.</translation>
    </message>
    <message>
        <source>Withdraw from Review?</source>
        <translation>¿Retirar de revisión?</translation>
    </message>
    <message>
        <source>Take the statement back from review to edit it? Reviewers&apos; decisions on this revision stay in its history.</source>
        <translation>¿Retirar la declaración de revisión para editarla? Las decisiones de los revisores sobre esta versión quedan en su historial.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve revision {revision} exactly as it reads (SHA-256 {hash}…)?
A note for the drafter (optional):</source>
        <translation>¿Aprobar la versión {revision} tal como está (SHA-256 {hash}…)?
Una nota para quien redacta (opcional):</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>What should change? (required)</source>
        <translation>¿Qué debe cambiar? (obligatorio)</translation>
    </message>
    <message>
        <source>No changes requested</source>
        <translation>No se solicitaron cambios</translation>
    </message>
    <message>
        <source>Say what should change: the note is required.</source>
        <translation>Indique qué debe cambiar: la nota es obligatoria.</translation>
    </message>
    <message>
        <source>Edit the Approved Statement?</source>
        <translation>¿Editar la declaración aprobada?</translation>
    </message>
    <message>
        <source>Editing sets the approval aside and returns the statement to draft: it must be reviewed again before release.</source>
        <translation>Al editarla, se anula la aprobación y la declaración vuelve a ser un borrador: deberá revisarse de nuevo antes de publicarse.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Public information</source>
        <translation>Información pública</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>When to use this template</source>
        <translation>Cuándo usar esta plantilla</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Values to turn back into fields</source>
        <translation>Valores que vuelven a ser campos</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <source>Turn these values back into fields:</source>
        <translation>Convertir de nuevo estos valores en campos:</translation>
    </message>
    <message>
        <source>Made from “{title}”.</source>
        <translation>Creada a partir de “{title}”.</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The team server cannot be reached. Your changes are kept on this computer and will be saved when it is back.</source>
        <translation>No se puede conectar con el servidor del equipo. Sus cambios se conservan en este equipo y se guardarán cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Team server</source>
        <extracomment>Said first in the store&apos;s error when the team server is out of reach (``drafter.store.notifications.SERVER_UNREACHABLE``; not imported, to keep SQLAlchemy out of the window&apos;s start-up). While saves fail, typing is written to the journal after this pause.</extracomment>
        <translation>Servidor del equipo</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>The team server is back: your changes are saved.</source>
        <translation>El servidor del equipo volvió a estar disponible: sus cambios están guardados.</translation>
    </message>
    <message>
        <source>Recover Unsaved Text?</source>
        <translation>¿Recuperar el texto sin guardar?</translation>
    </message>
    <message>
        <source>“{title}” has text typed on this computer at {when} that never reached the workspace (the team server could not be reached, or Drafter closed first).

Put it back in the editor and save it? If someone changed the statement since, you choose which text to keep. Otherwise it is set aside in {folder}.</source>
        <translation>“{title}” tiene texto escrito en este equipo el {when} que nunca llegó al espacio de trabajo (no se pudo conectar con el servidor del equipo, o Drafter se cerró antes).

¿Volver a ponerlo en el editor y guardarlo? Si alguien modificó la declaración desde entonces, usted elige qué texto conservar. Si no, se guarda aparte en {folder}.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>{title} (recovered text)</source>
        <translation>{title} (texto recuperado)</translation>
    </message>
    <message>
        <source>Text Recovered as a Copy</source>
        <translation>Texto recuperado como copia</translation>
    </message>
    <message>
        <source>“{title}” cannot be edited now, so the recovered text was saved as a new statement, “{copy}”.</source>
        <translation>“{title}” no se puede editar ahora, así que el texto recuperado se guardó como una declaración nueva, “{copy}”.</translation>
    </message>
    <message>
        <source>Recovered the text of “{title}” kept on this computer.</source>
        <translation>Se recuperó el texto de “{title}” conservado en este equipo.</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Snippet name</source>
        <translation>Nombre del fragmento</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Abreviatura</translation>
    </message>
    <message>
        <source>e.g. ;about (optional)</source>
        <translation>p. ej., ;acerca (opcional)</translation>
    </message>
    <message>
        <source>Snippet text</source>
        <translation>Texto del fragmento</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>&amp;Trigger</source>
        <translation>&amp;Abreviatura</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>A snippet needs a name and some text.</source>
        <translation>Un fragmento necesita un nombre y algo de texto.</translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message>
        <source>Check Spelling</source>
        <translation>Revisar ortografía</translation>
    </message>
    <message>
        <source>Unknown word in context</source>
        <translation>Palabra desconocida en contexto</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>Cambiar por</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Change A&amp;ll</source>
        <translation>Cambiar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Ignore &amp;All</source>
        <translation>Omitir to&amp;das</translation>
    </message>
    <message>
        <source>A&amp;dd to Dictionary</source>
        <translation>&amp;Agregar al diccionario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not in the dictionary:</source>
        <translation>No está en el diccionario:</translation>
    </message>
    <message>
        <source>Change &amp;to:</source>
        <translation>Cambiar &amp;por:</translation>
    </message>
    <message>
        <source>The spelling check is complete.</source>
        <translation>La revisión ortográfica terminó.</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>The {language} dictionary could not be loaded ({error}); spelling is not checked.</source>
        <translation>No se pudo cargar el diccionario de {language} ({error}); no se revisa la ortografía.</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(no hay sugerencias)</translation>
    </message>
    <message>
        <source>Add to Organisation Dictionary</source>
        <translation>Agregar al diccionario de la organización</translation>
    </message>
    <message>
        <source>Add to My Dictionary</source>
        <translation>Agregar a mi diccionario</translation>
    </message>
    <message>
        <source>Ignore in This Statement</source>
        <translation>Omitir en esta declaración</translation>
    </message>
    <message>
        <source>Ignore All</source>
        <translation>Omitir todas</translation>
    </message>
</context>
<context>
    <name>SpellingOps</name>
    <message>
        <source>Statement language</source>
        <translation>Idioma de la declaración</translation>
    </message>
    <message>
        <source>The language this statement is written, and spell-checked, in</source>
        <translation>El idioma en que está escrita esta declaración y en el que se revisa su ortografía</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>No se puede cambiar el idioma</translation>
    </message>
    <message>
        <source>The dictionary is still loading; try again in a moment.</source>
        <translation>El diccionario todavía se está cargando; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <source>Waiting for {whom}</source>
        <translation>A la espera de {whom}</translation>
    </message>
    <message>
        <source>{title}
{status}, last edited {when}</source>
        <translation>{title}
{status}, última edición: {when}</translation>
    </message>
</context>
<context>
    <name>StatementListPanel</name>
    <message>
        <source>Waiting for me ({count})</source>
        <translation>Pendientes para mí ({count})</translation>
    </message>
    <message>
        <source>Show statements</source>
        <translation>Mostrar declaraciones</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Todas las declaraciones</translation>
    </message>
    <message>
        <source>Statements waiting for you to review, revise or release them</source>
        <translation>Declaraciones que esperan que usted las revise, corrija o publique</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Buscar en los títulos</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
</context>
<context>
    <name>StatementOps</name>
    <message>
        <source>Untitled statement</source>
        <translation>Declaración sin título</translation>
    </message>
    <message>
        <source>Cannot create a statement</source>
        <translation>No se puede crear una declaración</translation>
    </message>
    <message>
        <source>Import a Statement</source>
        <translation>Importar una declaración</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>No se puede importar el archivo</translation>
    </message>
    <message>
        <source>Save a Copy as Markdown</source>
        <translation>Guardar una copia como Markdown</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>No se puede guardar el archivo</translation>
    </message>
    <message>
        <source>Rename Statement</source>
        <translation>Cambiar nombre de la declaración</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Cannot rename the statement</source>
        <translation>No se puede cambiar el nombre de la declaración</translation>
    </message>
    <message>
        <source>Move to Trash?</source>
        <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? You can restore it from the Trash view.</source>
        <translation>¿Mover “{title}” a la papelera? Puede restaurarla desde la vista Papelera.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Saved your text over {author}&apos;s change; theirs is kept in the history (Review ▸ History…).</source>
        <translation>Su texto se guardó sobre el cambio de {author}; el de esa persona se conserva en el historial (Revisión ▸ Historial…).</translation>
    </message>
    <message>
        <source>It kept changing while you chose.</source>
        <translation>Siguió cambiando mientras usted elegía.</translation>
    </message>
    <message>
        <source>{title} (my version)</source>
        <translation>{title} (mi versión)</translation>
    </message>
    <message>
        <source>Saved as a copy</source>
        <translation>Guardado como copia</translation>
    </message>
    <message>
        <source>Your text could not be saved into “{title}”: {why} It was kept as a new statement, “{copy}”.</source>
        <translation>Su texto no se pudo guardar en “{title}”: {why} Se conservó como una declaración nueva, “{copy}”.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Note for the reviewers</source>
        <translation>Nota para los revisores</translation>
    </message>
    <message>
        <source>What the reviewers should know (optional)</source>
        <translation>Lo que deben saber los revisores (opcional)</translation>
    </message>
    <message>
        <source>Reviewers to ask</source>
        <translation>Revisores a quienes pedirlo</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The text is taken as it reads now and becomes read-only while in review. Withdraw it to edit again.</source>
        <translation>Se toma el texto tal como está ahora y queda de solo lectura mientras está en revisión. Retírelo para volver a editarlo.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Ask these reviewers (none: anyone who reviews at each stage):</source>
        <translation>Pedir la revisión a estas personas (ninguna: cualquier revisor de cada etapa):</translation>
    </message>
</context>
<context>
    <name>TemplateOps</name>
    <message>
        <source>My Templates</source>
        <translation>Mis plantillas</translation>
    </message>
    <message>
        <source>Team Templates</source>
        <translation>Plantillas del equipo</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>No hay plantillas</translation>
    </message>
    <message>
        <source>No template could be loaded.</source>
        <translation>No se pudo cargar ninguna plantilla.</translation>
    </message>
    <message>
        <source>Cannot create the statement</source>
        <translation>No se puede crear la declaración</translation>
    </message>
    <message>
        <source>No placeholders left to fill.</source>
        <translation>No quedan marcadores de posición por llenar.</translation>
    </message>
    <message>
        <source>Import a Template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>Templates (*.md);;All files (*)</source>
        <translation>Plantillas (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>No se puede importar la plantilla</translation>
    </message>
    <message>
        <source>This template has problems</source>
        <translation>Esta plantilla tiene problemas</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <source>Add “{name}” to your own templates, or share it with everyone in this workspace?</source>
        <translation>¿Agregar “{name}” a sus propias plantillas o compartirla con todos en este espacio de trabajo?</translation>
    </message>
    <message>
        <source>Export Template File</source>
        <translation>Exportar archivo de plantilla</translation>
    </message>
    <message>
        <source>Templates (*.md)</source>
        <translation>Plantillas (*.md)</translation>
    </message>
    <message>
        <source>Cannot export the template</source>
        <translation>No se puede exportar la plantilla</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>No se puede guardar la plantilla</translation>
    </message>
    <message>
        <source>“{id}” is not a usable template id.</source>
        <translation>“{id}” no es un identificador de plantilla válido.</translation>
    </message>
    <message>
        <source>Fix these in the statement, then save it as a template again:</source>
        <translation>Corrija esto en la declaración y vuelva a guardarla como plantilla:</translation>
    </message>
    <message>
        <source>Template “{id}” saved to {where}.</source>
        <translation>La plantilla “{id}” se guardó en {where}.</translation>
    </message>
</context>
</TS>
