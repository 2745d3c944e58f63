// Compiles condition expressions to Program nodes, resolving every name
// against the fact vocabulary and checking types, so that a typo or a date
// compared with a text is an error before any report is checked.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/program.hpp"
#include "compile/schema.hpp"
#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

class ExpressionCompiler {
public:
    ExpressionCompiler(Program& program, const ObjectSchema& report_schema, const ObjectSchema* act_schema,
                       const std::unordered_map<std::string, const ast::Define*>& defines,
                       Diagnostics& diagnostics);

    // A condition (a boolean expression). `act_allowed`: whether `act.*`
    // (the act under test) may be used. `reads`, when given, receives the
    // facts the condition reads outside quantifiers (for explanations).
    std::uint32_t condition(const ast::Expr& expr, bool act_allowed, std::vector<std::uint32_t>* reads = nullptr);

    // The fact a path names (an index into Program::facts), or -1 after an
    // error; `act_allowed` as for condition().
    int fact(const ast::Expr& path, bool act_allowed);

    // A node comparing the act's date with `from` (act.date >= from).
    std::uint32_t act_date_on_or_after(const FieldSchema& date_field, Date from,
                                       std::vector<std::uint32_t>* reads);

private:
    struct Variable {
        std::string name;
        const ObjectSchema* schema;
    };

    std::uint32_t compile_condition(const ast::Expr& expr);
    std::uint32_t compile_name(const ast::Expr& expr);
    std::uint32_t compile_compare(const ast::Expr& expr);
    // The days an `x + N unit` adds, with its unit resolved; nullopt after an error.
    std::optional<DayOffset> day_offset(const ast::Expr& offset);
    std::uint32_t compile_in(const ast::Expr& expr, bool negate);
    std::uint32_t compile_contains(const ast::Expr& expr);
    std::uint32_t compile_quantifier(const ast::Expr& expr);
    std::uint32_t compile_known(const ast::Expr& expr, bool negate);
    std::uint32_t compile_connective(const ast::Expr& expr, Node::Op op);

    // The fact a path names, as an index into Program::facts; -1 on error.
    int resolve_path(const ast::Expr& path);
    // A literal read as a value of `field`'s type; false on error.
    bool literal_value(const ast::Expr& literal, const FieldSchema& field, Value& value, std::string& text);
    bool set_items(const ast::Expr& set, const FieldSchema& field, Node& node);

    static ast::Expr as_path(const ast::Expr& expr);
    std::uint32_t add(Node node);
    std::uint32_t failed();  // a placeholder node after an error
    void error(const std::string& code, const Location& at, std::string message, std::vector<std::string> notes = {});

    Program& program_;
    const ObjectSchema& report_schema_;
    const ObjectSchema* act_schema_;
    const std::unordered_map<std::string, const ast::Define*>& defines_;
    Diagnostics& diagnostics_;
    bool act_allowed_ = false;
    std::vector<std::uint32_t>* reads_ = nullptr;
    std::vector<Variable> variables_;
    std::vector<std::string> expanding_;  // definitions being inlined, to catch cycles
    static constexpr std::size_t max_definition_depth = 32;
    static constexpr std::size_t max_program_nodes = 1'000'000;
    bool program_too_large_ = false;  // E109 said once
    std::unordered_map<std::string, std::uint32_t> fact_index_;
};

}  // namespace netral
