package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetProblem.Kind;

/**
 * Refuses rules that reach outside the engine. Rules decide from the facts they are given; they have no business with
 * processes, files, the network, reflection, class loading, threads or the JVM itself. Two views of the same kjar are
 * checked: every class file (with ASM: each instruction that calls, reads or creates something, and each method
 * handle a lambda or method reference is made from), which covers the executable model's generated consequences and
 * every hand-written class; and the DRL text (imports and code naming such types), which covers DRL compiled at load
 * time, including the DRL each decision table compiles to. Each finding names the file, the class and method or the
 * rule, and the line (for a decision table, the row, through its rule name {@code "<table>_<row>"}).
 */
final class StaticCheck {

    /**
     * Types no rule may use, as internal names: a name ending in "/" forbids the whole package (and its
     * sub-packages), any other name the class and its nested classes.
     */
    private static final List<String> FORBIDDEN_TYPES = List.of("java/io/File", "java/io/FileInputStream",
            "java/io/FileOutputStream", "java/io/FileReader", "java/io/FileWriter", "java/io/FileDescriptor",
            "java/io/RandomAccessFile", "java/io/ObjectInputStream", "java/io/ObjectOutputStream", "java/nio/file/",
            "java/nio/channels/", "java/net/", "java/lang/Runtime", "java/lang/Process", "java/lang/ProcessBuilder",
            "java/lang/ProcessHandle", "java/lang/Thread", "java/lang/ThreadGroup", "java/lang/reflect/",
            "java/lang/ClassLoader", "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodHandle",
            "java/lang/instrument/", "java/util/concurrent/Executor", "java/util/concurrent/Executors",
            "java/util/concurrent/ExecutorService", "java/util/concurrent/ScheduledExecutorService",
            "java/util/concurrent/ThreadPoolExecutor", "java/util/concurrent/ScheduledThreadPoolExecutor",
            "java/util/concurrent/ForkJoinPool", "java/util/Timer", "java/security/AccessController",
            "java/util/prefs/", "java/sql/", "javax/sql/", "javax/naming/", "java/rmi/", "javax/script/", "sun/",
            "jdk/internal/", "com/sun/");
    /** Members of otherwise harmless types that are not harmless. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of("java/lang/System.exit", "java/lang/System.load",
            "java/lang/System.loadLibrary", "java/lang/System.setProperty", "java/lang/System.setProperties",
            "java/lang/System.clearProperty", "java/lang/System.getenv", "java/lang/System.setIn",
            "java/lang/System.setOut", "java/lang/System.setErr", "java/lang/System.setSecurityManager",
            "java/lang/System.console", "java/lang/System.inheritedChannel", "java/lang/Class.forName",
            "java/lang/Class.getClassLoader", "java/lang/Class.newInstance", "java/lang/Class.getDeclaredMethod",
            "java/lang/Class.getDeclaredMethods", "java/lang/Class.getDeclaredField", "java/lang/Class.getDeclaredFields",
            "java/lang/Class.getDeclaredConstructor", "java/lang/Class.getDeclaredConstructors",
            "java/lang/Class.getMethod", "java/lang/Class.getMethods", "java/lang/Class.getField",
            "java/lang/Class.getFields", "java/lang/Class.getConstructor", "java/lang/Class.getConstructors",
            "java/util/concurrent/CompletableFuture.runAsync", "java/util/concurrent/CompletableFuture.supplyAsync");
    /** The same, as DRL source names. */
    private static final Pattern FORBIDDEN_SOURCE = Pattern.compile("\\b(java\\.io\\.(File|RandomAccessFile|Object(In|Out)"
            + "putStream)\\w*|java\\.nio\\.(file|channels)\\.\\w+|java\\.net\\.\\w+|Runtime\\s*\\.|ProcessBuilder|"
            + "ProcessHandle|System\\s*\\.\\s*(exit|load|loadLibrary|setProperty|setProperties|clearProperty|getenv|"
            + "setIn|setOut|setErr|setSecurityManager|console)\\b|new\\s+Thread\\b|Thread\\s*\\.\\s*(start|ofVirtual|"
            + "ofPlatform|startVirtualThread)|java\\.lang\\.reflect\\.\\w+|Class\\s*\\.\\s*forName|getDeclared(Method|Field|"
            + "Constructor)s?|ClassLoader|MethodHandles|Executors|javax\\.script|sun\\.misc|Unsafe)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private StaticCheck() {
    }

    /** Every forbidden use in the kjar, or none. */
    static List<RulesetProblem> check(KjarContent content) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (String path : content.paths()) {
            if (path.endsWith(".class")) {
                content.entry(path).ifPresent(bytes -> classFile(path, bytes, problems));
            } else if (path.endsWith(".drl")) {
                content.text(path).ifPresent(text -> drl(path, text, problems));
            }
        }
        java.util.Map<String, String> generated = new java.util.TreeMap<>();
        DecisionTables.read(content).tables().forEach(table -> generated.put(table.path(), table.drl()));
        generated.forEach((path, drl) -> drl(path, drl, problems));
        return problems;
    }

    private static void classFile(String path, byte[] bytes, List<RulesetProblem> problems) {
        ClassReader reader;
        try {
            reader = new ClassReader(bytes);
        } catch (RuntimeException e) {
            problems.add(new RulesetProblem(Kind.FORBIDDEN, path, 0, "not a readable class file"));
            return;
        }
        String className = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Uses(path, className + "." + name, problems);
            }
        }, ClassReader.SKIP_FRAMES);
    }

    /** The instructions of one method, with the line each is on. */
    private static final class Uses extends MethodVisitor {

        private final String path;
        private final String method;
        private final List<RulesetProblem> problems;
        private int line;

        Uses(String path, String method, List<RulesetProblem> problems) {
            super(Opcodes.ASM9);
            this.path = path;
            this.method = method;
            this.problems = problems;
        }

        @Override
        public void visitLineNumber(int number, Label start) {
            line = number;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            use(owner, name, "calls");
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            use(owner, name, "reads or writes");
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            use(type, null, opcode == Opcodes.NEW ? "creates" : "uses");
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                use(type.getInternalName(), null, "names");
            } else if (value instanceof Handle handle) {
                use(handle.getOwner(), handle.getName(), "refers to");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            for (Object argument : arguments) {
                if (argument instanceof Handle handle) {
                    use(handle.getOwner(), handle.getName(), "refers to");
                }
            }
        }

        private void use(String owner, String member, String verb) {
            String type = owner.startsWith("[") ? Type.getType(owner).getElementType().getInternalName() : owner;
            boolean forbidden = FORBIDDEN_TYPES.stream().anyMatch(name -> name.endsWith("/") ? type.startsWith(name)
                    : type.equals(name) || type.startsWith(name + "$"))
                    || member != null && FORBIDDEN_MEMBERS.contains(type + "." + member);
            if (forbidden) {
                problems.add(new RulesetProblem(Kind.FORBIDDEN, path, line, method + " " + verb + " "
                        + type.replace('/', '.') + (member == null ? "" : "." + member)
                        + ": rules may not reach processes, files, the network, reflection, class loading or threads"));
            }
        }
    }

    private static void drl(String path, String text, List<RulesetProblem> problems) {
        String[] lines = DrlIndex.withoutComments(text).split("\n", -1);
        String rule = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = RULE.matcher(lines[i]);
            if (opening.find()) {
                rule = opening.group(1) != null ? opening.group(1) : opening.group(2) != null ? opening.group(2)
                        : opening.group(3);
            }
            Matcher found = FORBIDDEN_SOURCE.matcher(lines[i]);
            if (found.find()) {
                problems.add(new RulesetProblem(Kind.FORBIDDEN, path, i + 1, (rule == null ? "the DRL file"
                        : "rule \"" + rule + "\"") + " names " + found.group(1).replaceAll("\\s+", "")
                        + ": rules may not reach processes, files, the network, reflection, class loading or threads"));
            }
        }
    }
}
